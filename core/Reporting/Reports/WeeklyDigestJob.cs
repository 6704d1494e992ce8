using ProfitPipeline.Pipeline;
using ProfitPipeline.Reporting.Digest;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>Mondays (by default): last week's digest is composed, stored as HTML and text, and posted to the webhook if one is set.</summary>
internal sealed class WeeklyDigestJob(DigestService digests, TimeProvider time) : IScheduledJob
{
    public Task RunAsync(CancellationToken cancellationToken) =>
        digests.PublishAsync(IsoWeek.LastCompleteBefore(time.GetUtcNow()), cancellationToken);
}
