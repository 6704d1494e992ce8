using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Ingestion;

public sealed class ImportServiceTests(AzuriteFixture azurite)
{
    private static readonly string[] ThreeRows = ["2026-01-05|100.00|Invoice 1001", "2026-01-06|-20.50|Coffee", "2026-02-01|300|Invoice 1002"];

    [Fact]
    public async Task FirstImport_StoresEveryRowAndCompletesTheImport()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);

        var report = await scope.Get<IImportService>().IngestAsync(LineFormatParser.File("jan.txt", ThreeRows), dryRun: false, ct);

        Assert.Equal((3, 0, 0, false), (report.Transactions, report.Duplicates, report.Rejected, report.Quarantined));
        Assert.Equal(["2026-01", "2026-02"], report.AffectedPeriods);
        Assert.Equal(3, (await scope.ReadLedgerAsync(ct)).Count);
    }

    [Fact]
    public async Task SameBytesAgainUnderAnotherName_ChangesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var service = scope.Get<IImportService>();
        await service.IngestAsync(LineFormatParser.File("jan.txt", ThreeRows), false, ct);

        var again = await service.IngestAsync(LineFormatParser.File("jan (copy).txt", ThreeRows), false, ct);

        Assert.True(again.AlreadyImported);
        Assert.Equal((0, 3), (again.Transactions, again.Duplicates));
        Assert.Equal(3, (await scope.ReadLedgerAsync(ct)).Count);
    }

    [Fact]
    public async Task OverlappingStatement_AddsOnlyTheNewRows()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var service = scope.Get<IImportService>();
        await service.IngestAsync(LineFormatParser.File("jan.txt", ThreeRows), false, ct);

        var overlapping = await service.IngestAsync(LineFormatParser.File("jan-feb.txt", [.. ThreeRows[1..], "2026-02-03|-9.99|Hosting"]), false, ct);

        Assert.Equal((1, 2), (overlapping.Transactions, overlapping.Duplicates));
        Assert.Equal(4, (await scope.ReadLedgerAsync(ct)).Count);
    }

    [Fact]
    public async Task TwoGenuineIdenticalPayments_StayTwoRows()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);

        var report = await scope.Get<IImportService>().IngestAsync(LineFormatParser.File("twins.txt", "2026-03-01|-5.00|Parking", "2026-03-01|-5.00|Parking"), false, ct);

        Assert.Equal(2, report.Transactions);
        Assert.Equal(2, (await scope.ReadLedgerAsync(ct)).Count);
    }

    [Fact]
    public async Task SameBankIdTwiceInOneFile_IsOneTransaction()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);

        var report = await scope.Get<IImportService>().IngestAsync(LineFormatParser.File("dup.txt", "2026-03-01|-5.00|Parking|B1", "2026-03-01|-5.00|Parking|B1"), false, ct);

        Assert.Equal((1, 1), (report.Transactions, report.Duplicates));
    }

    [Fact]
    public async Task BadRows_AreRejectedWithPositionAndGoodRowsKept()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        string[] rows = [.. ThreeRows, "2026-01-07|12x50|Broken amount", .. Enumerable.Range(1, 6).Select(i => $"2026-01-{i + 10:D2}|{i}|Row {i}")];

        var report = await scope.Get<IImportService>().IngestAsync(LineFormatParser.File("mixed.txt", rows), false, ct);

        Assert.Equal((9, 1, false), (report.Transactions, report.Rejected, report.Quarantined));
        var rejection = Assert.Single(report.Rejections);
        Assert.Equal(("mixed.txt", 5, 2), (rejection.File, rejection.Line, rejection.Column));
        Assert.DoesNotContain("12x50", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MostlyBadFile_IsQuarantinedAndWritesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);

        var report = await scope.Get<IImportService>().IngestAsync(LineFormatParser.File("bad.txt", "x|1|a", "y|2|b", "2026-01-01|3|c"), false, ct);

        Assert.True(report.Quarantined);
        Assert.Contains("rejected", report.Reasons[0], StringComparison.Ordinal);
        Assert.Empty(await scope.ReadLedgerAsync(ct));
        Assert.Empty(await scope.Get<ImportStore>().ListAsync(ct));
    }

    [Fact]
    public async Task UnknownFormat_IsQuarantinedWithReason()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);

        var report = await scope.Get<IImportService>().IngestAsync(FileContent.FromBytes("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]), false, ct);

        Assert.True(report.Quarantined);
        Assert.StartsWith("unknown format", report.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_ParsesButStoresNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);

        var report = await scope.Get<IImportService>().IngestAsync(LineFormatParser.File("jan.txt", ThreeRows), dryRun: true, ct);

        Assert.Equal(3, report.Transactions);
        Assert.Empty(await scope.ReadLedgerAsync(ct));
    }

    [Fact]
    public async Task ConcurrentDeliveriesOfTheSameFile_StoreItOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var service = scope.Get<IImportService>();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                return await service.IngestAsync(LineFormatParser.File("jan.txt", ThreeRows), false, ct);
            }
            catch (ImportInProgressException)
            {
                return null;
            }
        }));

        Assert.Equal(3, attempts.Where(a => a is not null).Sum(a => a!.Transactions));
        Assert.Equal(3, (await scope.ReadLedgerAsync(ct)).Count);
    }

    [Fact]
    public async Task RetryAfterCrashMidImport_GivesTheCleanResult()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var file = LineFormatParser.File("jan.txt", ThreeRows);

        // A first attempt claims the import and writes one row, then dies before completing.
        var clean = await scope.Get<IImportService>().IngestAsync(file, dryRun: true, ct);
        var importId = ProfitPipeline.Ledger.ImportId.Parse(clean.ImportId);
        await scope.Get<ImportStore>().ClaimAsync(importId, "jan.txt", scope.Time.GetUtcNow(), ct);
        var crashed = await scope.Get<IImportService>().IngestAsync(file, dryRun: true, ct);
        Assert.Equal(3, crashed.Transactions);
        scope.Time.Advance(TimeSpan.FromMinutes(11));

        var retry = await scope.Get<IImportService>().IngestAsync(file, false, ct);

        Assert.Equal((3, 0, false), (retry.Transactions, retry.Duplicates, retry.AlreadyImported));
        Assert.Equal(ImportRecord.Complete, (await scope.Get<ImportStore>().GetAsync(importId, ct))!.Status);
    }

    [Fact]
    public async Task RetryWhileAnotherWriterHoldsAFreshClaim_IsTransient()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var file = LineFormatParser.File("jan.txt", ThreeRows);
        var importId = ProfitPipeline.Ledger.ImportId.Parse((await scope.Get<IImportService>().IngestAsync(file, true, ct)).ImportId);
        await scope.Get<ImportStore>().ClaimAsync(importId, "jan.txt", scope.Time.GetUtcNow(), ct);

        await Assert.ThrowsAsync<ImportInProgressException>(() => scope.Get<IImportService>().IngestAsync(file, false, ct));
    }

    [Fact]
    public async Task GzippedFile_IsReadThrough()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        using var plain = LineFormatParser.File("jan.txt", ThreeRows).OpenRead();
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            plain.CopyTo(gzip);
        }

        var report = await scope.Get<IImportService>().IngestAsync(FileContent.FromBytes("jan.txt.gz", compressed.ToArray()), false, ct);

        Assert.Equal(3, report.Transactions);
    }

    [Fact]
    public async Task DecompressionBomb_IsQuarantined()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct, new Dictionary<string, string?> { ["ProfitPipeline:Ingestion:MaxExpandedBytes"] = "1000000" });
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.ASCII.GetBytes(LineFormatParser.Header + "\n"));
            gzip.Write(new byte[5_000_000]);
        }

        var report = await scope.Get<IImportService>().IngestAsync(FileContent.FromBytes("bomb.gz", compressed.ToArray()), false, ct);

        Assert.True(report.Quarantined);
        Assert.Contains("decompression bomb", report.Reasons[0], StringComparison.Ordinal);
    }

    private Task<PipelineScope> StartAsync(CancellationToken ct, IDictionary<string, string?>? settings = null) =>
        PipelineScope.StartAsync(azurite, ct, settings, services => services.AddSingleton<IFileParser, LineFormatParser>());
}
