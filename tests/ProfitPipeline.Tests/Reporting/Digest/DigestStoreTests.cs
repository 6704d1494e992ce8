using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Reporting.Digest;
using ProfitPipeline.Tests.Azurite;

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
}
