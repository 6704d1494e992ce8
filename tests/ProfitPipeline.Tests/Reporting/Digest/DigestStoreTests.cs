using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Reporting.Digest;
using ProfitPipeline.Tests.Azurite;
using ProfitPipeline.Tests.Reporting.Rendering;

namespace ProfitPipeline.Tests.Reporting.Digest;

public sealed class DigestStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Publish_StoresWeekBlobsAndMovesTheLatestPointer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var publisher = scope.Get<DigestPublisher>();
        var store = scope.Get<DigestStore>();

        Assert.Null(await store.ReadLatestAsync(html: true, ct));
        var (first, delivery) = await publisher.PublishAsync(MarginDigest.NoNewData(new IsoWeek(2026, 46)), ct);
        await publisher.PublishAsync(DigestSamples.Busy(), ct);

        Assert.Equal(WebhookDelivery.NotConfigured, delivery);
        Assert.Equal(new DigestBlobs("2026-W46", "2026-W46.html", "2026-W46.txt"), first);
        var names = await scope.Get<FileStore>().ListAsync(StorageNames.Containers.Digests, ct);
        Assert.Equal(["2026-W46.html", "2026-W46.txt", "2026-W47.html", "2026-W47.txt", "latest"], names.Order(StringComparer.Ordinal));
        Assert.Equal("2026-W47", (await store.LatestAsync(ct))!.Week);
        Assert.Equal(DigestRenderer.RenderText(DigestSamples.Busy()), await store.ReadLatestAsync(html: false, ct));
        Assert.Equal(DigestRenderer.RenderHtml(DigestSamples.Busy()), await store.ReadLatestAsync(html: true, ct));
        var older = await scope.Get<FileStore>().ReadAsync(StorageNames.Containers.Digests, "2026-W46.txt", ct);
        Assert.Contains(DigestRenderer.NoNewDataText, older!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LatestDigestJob_ServesHtmlOrText_And404BeforeTheFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var job = scope.Services.GetRequiredKeyedService<IHttpJob>(PipelineCatalog.Names.LatestDigest);

        var before = await ExecutedResult.RunAsync(await job.HandleAsync(ExecutedResult.Request(), [], ct));
        await scope.Get<DigestPublisher>().PublishAsync(DigestSamples.Busy(), ct);
        var html = await ExecutedResult.RunAsync(await job.HandleAsync(ExecutedResult.Request(), [], ct));
        var text = await ExecutedResult.RunAsync(await job.HandleAsync(ExecutedResult.Request("?format=text"), [], ct));

        Assert.Equal(404, before.Status);
        Assert.Equal("text/html; charset=utf-8", html.ContentType);
        Assert.Equal(DigestRenderer.RenderHtml(DigestSamples.Busy()), html.Text);
        Assert.Equal(DigestRenderer.RenderText(DigestSamples.Busy()), text.Text);
        ReportResultsTests.AssertSecurityHeaders(html);
        ReportResultsTests.AssertSecurityHeaders(before);
    }
}
