using ProfitPipeline.Reporting.Digest;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>Composes and publishes one week's digest; the weekly job and <c>profit digest</c> both call it.</summary>
internal sealed class DigestService(DigestComposer composer, DigestPublisher publisher)
{
    public async Task<DigestResult> PublishAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        var digest = await composer.ComposeAsync(week, cancellationToken);
        var (blobs, delivery) = await publisher.PublishAsync(digest, cancellationToken);
        return new DigestResult(week.ToString(), digest.HasNewData, DigestRenderer.Summary(digest), blobs.Html, blobs.Text, delivery.ToString());
    }
}
