using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Reporting.Digest;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Reporting.Digest;

public sealed class DigestWebhookTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string?> WebhookSettings = new()
    {
        ["ProfitPipeline:Digest:WebhookUrl"] = "https://hooks.example.test/services/secret-path",
    };

    [Fact]
    public async Task ServerErrorThenThrottled_IsRetriedWithExponentialBackoff_ThenDelivered()
    {
        var ct = TestContext.Current.CancellationToken;
        var (scope, handler) = await StartAsync(ct, HttpStatusCode.ServiceUnavailable, HttpStatusCode.TooManyRequests);
        await using var _ = scope;

        var delivery = await RunWithClockAsync(scope, scope.Get<DigestWebhook>().PostAsync(DigestSamples.Busy(), ct), ct);

        Assert.Equal(WebhookDelivery.Delivered, delivery);
        var requests = handler.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(2), requests[1].At - requests[0].At);
        Assert.Equal(TimeSpan.FromSeconds(4), requests[2].At - requests[1].At);
        using var payload = JsonDocument.Parse(requests[2].Body);
        Assert.Equal(DigestRenderer.Summary(DigestSamples.Busy()), payload.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task HangingAttempt_TimesOutAndIsRetried()
    {
        var ct = TestContext.Current.CancellationToken;
        var (scope, handler) = await StartAsync(ct, ScriptedHandler.Hang);
        await using var _ = scope;

        var delivery = await RunWithClockAsync(scope, scope.Get<DigestWebhook>().PostAsync(DigestSamples.Busy(), ct), ct);

        Assert.Equal(WebhookDelivery.Delivered, delivery);
        var requests = handler.Requests;
        Assert.Equal(2, requests.Count);
        // Not before the 10 s attempt timeout plus the 2 s first backoff. The fake clock is advanced in steps while the real
        // machine runs the code, so on a loaded machine it may overshoot: only the lower bound is a law.
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(12), $"retried after {requests[1].At - requests[0].At}");
    }

    [Fact]
    public async Task ServerErrorsThroughout_GiveUpAfterTheRetries_AndReportFailure()
    {
        var ct = TestContext.Current.CancellationToken;
        var (scope, handler) = await StartAsync(ct, [.. Enumerable.Repeat(HttpStatusCode.BadGateway, 10)]);
        await using var _ = scope;

        var delivery = await RunWithClockAsync(scope, scope.Get<DigestWebhook>().PostAsync(DigestSamples.Busy(), ct), ct);

        Assert.Equal(WebhookDelivery.Failed, delivery);
        Assert.Equal(1 + 4, handler.Requests.Count);
    }

    [Fact]
    public async Task ClientError_IsNotRetried()
    {
        var ct = TestContext.Current.CancellationToken;
        var (scope, handler) = await StartAsync(ct, HttpStatusCode.BadRequest);
        await using var _ = scope;

        var delivery = await RunWithClockAsync(scope, scope.Get<DigestWebhook>().PostAsync(DigestSamples.Busy(), ct), ct);

        Assert.Equal(WebhookDelivery.Failed, delivery);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task NoWebhookConfigured_PostsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);

        Assert.Equal(WebhookDelivery.NotConfigured, await scope.Get<DigestWebhook>().PostAsync(DigestSamples.Busy(), ct));
    }

    /// <summary>The pipeline with the webhook configured and its HTTP client's innermost handler replaced by a script.</summary>
    private async Task<(PipelineScope Scope, ScriptedHandler Handler)> StartAsync(CancellationToken ct, params HttpStatusCode[] script)
    {
        var handler = new ScriptedHandler(script);
        var scope = await PipelineScope.StartAsync(azurite, ct, WebhookSettings, s =>
            s.AddHttpClient(DigestWebhook.ClientName).ConfigurePrimaryHttpMessageHandler(() => handler));
        handler.Clock = scope.Time;
        return (scope, handler);
    }

    /// <summary>Moves the fake clock in small steps until the task ends, so timer-based delays elapse.</summary>
    internal static async Task<T> RunWithClockAsync<T>(PipelineScope scope, Task<T> task, CancellationToken ct)
    {
        while (!task.IsCompleted)
        {
            await Task.Delay(10, ct);
            scope.Time.Advance(TimeSpan.FromMilliseconds(250));
        }

        return await task;
    }
}
