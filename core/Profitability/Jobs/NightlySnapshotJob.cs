using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Profitability.Jobs;

/// <summary>The nightly job: every period recomputed; only changed figures are written, as new versions with a restatement.</summary>
internal sealed class NightlySnapshotJob(ProfitabilityRun run) : IScheduledJob
{
    public Task RunAsync(CancellationToken cancellationToken) => run.SnapshotAsync(onlyPeriods: null, cancellationToken);
}
