using Microsoft.Extensions.Logging;

namespace ProfitPipeline.Reporting.Digest;

/// <summary>Publishes a composed digest: stores it (HTML, text, latest pointer), then announces it on the webhook if configured.</summary>
internal sealed class DigestPublisher(DigestStore store, DigestWebhook webhook, ILogger<DigestPublisher> logger)
{
    public async Task<(DigestBlobs Blobs, WebhookDelivery Delivery)> PublishAsync(MarginDigest digest, CancellationToken cancellationToken)
    {
        var blobs = await store.SaveAsync(digest, cancellationToken);
        DigestLog.Stored(logger, blobs.Week);
        var delivery = await webhook.PostAsync(digest, cancellationToken);
        return (blobs, delivery);
    }
}
