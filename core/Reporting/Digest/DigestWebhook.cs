using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ProfitPipeline.Reporting.Digest;

/// <summary>What became of a webhook post.</summary>
internal enum WebhookDelivery
{
    NotConfigured,
    Delivered,
    Failed,
}

/// <summary>
/// Posts the digest's one-line summary as <c>{"text": …}</c>, the payload Teams and Slack incoming webhooks both accept.
/// Retries with exponential backoff on 5xx, 408, 429 and timeouts come from the named client's resilience handler
/// (<see cref="ReportingServiceCollectionExtensions"/>). A failed post is logged and reported, not thrown: the digest is
/// stored either way.
/// </summary>
internal sealed class DigestWebhook(IHttpClientFactory clients, IOptions<DigestOptions> options, ILogger<DigestWebhook> logger)
{
    public const string ClientName = "ProfitPipeline.DigestWebhook";

    public async Task<WebhookDelivery> PostAsync(MarginDigest digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (options.Value.WebhookUrl is not { } url)
        {
            return WebhookDelivery.NotConfigured;
        }

        var week = digest.Week.ToString();
        try
        {
            using var client = clients.CreateClient(ClientName);
            using var response = await client.PostAsJsonAsync(url, new WebhookMessage(DigestRenderer.Summary(digest)), cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                DigestLog.Posted(logger, week);
                return WebhookDelivery.Delivered;
            }

            DigestLog.PostFailed(logger, week, (int)response.StatusCode);
            return WebhookDelivery.Failed;
        }
        catch (Exception e) when (e is HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            DigestLog.PostError(logger, week, e.GetType().Name);
            return WebhookDelivery.Failed;
        }
    }

    private sealed record WebhookMessage(string Text);
}
