using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Classification.Jobs;

/// <summary>The weekly (and on-demand) retrain: confirmed labels train a candidate; it is promoted only if not worse; then re-tag.</summary>
internal sealed class WeeklyRetrainJob(ModelRefresh refresh) : IScheduledJob
{
    public Task RunAsync(CancellationToken cancellationToken) => refresh.RunAsync(cancellationToken);
}
