using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Tests.Azurite;
using ProfitPipeline.Tests.Ingestion;

namespace ProfitPipeline.Tests.Pipeline;

public sealed class UploadPollerTests(AzuriteFixture azurite)
{
    private static readonly PipelineJob Ingest = PipelineCatalog.Jobs.Single(j => j.Name == PipelineCatalog.Names.IngestUpload);

    [Fact]
    public async Task DroppedFile_IsIngestedAndMovedToProcessed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var files = scope.Get<FileStore>();
        await files.WriteAsync(StorageNames.Containers.Uploads, "bank/jan.txt", Content("2026-01-05|100.00|Invoice 1001"), "text/plain", ct);

        var handled = await scope.Get<UploadPoller>().PollOnceAsync(Ingest, ct);

        Assert.Equal(1, handled);
        Assert.Empty(await files.ListAsync(StorageNames.Containers.Uploads, ct));
        Assert.Equal(["bank/jan.txt"], await files.ListAsync(StorageNames.Containers.Processed, ct));
        Assert.Single(await scope.Get<ImportStore>().ListAsync(ct), i => i.Status == ImportRecord.Complete);
    }

    [Fact]
    public async Task UnreadableFile_IsQuarantinedWithASidecarReport()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var files = scope.Get<FileStore>();
        await files.WriteAsync(StorageNames.Containers.Uploads, "notes.docx", BinaryData.FromBytes([0x50, 0x4B, 1, 2, 3]), "application/octet-stream", ct);

        await scope.Get<UploadPoller>().PollOnceAsync(Ingest, ct);

        Assert.Empty(await files.ListAsync(StorageNames.Containers.Uploads, ct));
        Assert.Equal(["notes.docx", "notes.docx.report.json"], (await files.ListAsync(StorageNames.Containers.Quarantine, ct)).Order(StringComparer.Ordinal));
        var sidecar = (await files.ReadAsync(StorageNames.Containers.Quarantine, "notes.docx.report.json", ct))!.ToObjectFromJson<ImportReport>(ImportReportWriter.Json)!;
        Assert.True(sidecar.Quarantined);
        Assert.NotEmpty(sidecar.Reasons);
    }

    [Fact]
    public async Task SameFileDroppedTwice_IsStoredOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var files = scope.Get<FileStore>();
        var content = Content("2026-01-05|100.00|Invoice 1001", "2026-01-06|-3.00|Fee");
        await files.WriteAsync(StorageNames.Containers.Uploads, "a.txt", content, "text/plain", ct);
        await scope.Get<UploadPoller>().PollOnceAsync(Ingest, ct);
        await files.WriteAsync(StorageNames.Containers.Uploads, "a-again.txt", content, "text/plain", ct);

        await scope.Get<UploadPoller>().PollOnceAsync(Ingest, ct);

        var stored = await scope.ReadLedgerAsync(ct);
        Assert.Equal(2, stored.Count);
        Assert.Equal(2, (await files.ListAsync(StorageNames.Containers.Processed, ct)).Count);
    }

    [Fact]
    public async Task RetrainRunningForMinutes_AFileDroppedMeanwhileIsStillIngested()
    {
        var ct = TestContext.Current.CancellationToken;
        var retrain = new BlockingBlobJob();
        await using var scope = await StartAsync(ct, services => services.AddKeyedSingleton<IBlobJob>(PipelineCatalog.Names.RunRetrain, retrain));
        var files = scope.Get<FileStore>();
        var poller = scope.Get<UploadPoller>();
        await files.WriteAsync(StorageNames.Containers.RetrainRequests, "request.json", BinaryData.FromString("{}"), "application/json", ct);
        await poller.StartAsync(ct);
        try
        {
            await retrain.Started.WaitAsync(TimeSpan.FromSeconds(30), ct);
            await files.WriteAsync(StorageNames.Containers.Uploads, "bank/jan.txt", Content("2026-01-05|100.00|Invoice 1001"), "text/plain", ct);

            // The pollers wait on the scope's fake clock: move it on until the upload is handled, or give up after 30 s.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while ((await files.ListAsync(StorageNames.Containers.Uploads, ct)).Count > 0 && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                scope.Time.Advance(TimeSpan.FromSeconds(5));
                await Task.Delay(100, ct);
            }

            Assert.Equal(["bank/jan.txt"], await files.ListAsync(StorageNames.Containers.Processed, ct));
            Assert.False(retrain.Released.Task.IsCompleted);
        }
        finally
        {
            retrain.Released.TrySetResult();
            await poller.StopAsync(CancellationToken.None);
        }
    }

    private static BinaryData Content(params string[] rows)
    {
        using var stream = LineFormatParser.File("x.txt", rows).OpenRead();
        return BinaryData.FromStream(stream);
    }

    private Task<PipelineScope> StartAsync(CancellationToken ct, Action<IServiceCollection>? configure = null) =>
        PipelineScope.StartAsync(azurite, ct, configure: services =>
        {
            services.AddSingleton<IFileParser, LineFormatParser>().AddLocalPipelineHost(new ConfigurationBuilder().Build());
            configure?.Invoke(services);
        });

    /// <summary>A blob job that holds on until released, as a long retrain does, and says when it has started.</summary>
    private sealed class BlockingBlobJob : IBlobJob
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task RunAsync(string blobName, CancellationToken cancellationToken)
        {
            _started.TrySetResult();
            await Released.Task.WaitAsync(cancellationToken);
        }
    }
}
