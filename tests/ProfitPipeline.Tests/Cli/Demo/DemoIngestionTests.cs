using ProfitPipeline.Cli.Demo;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Reporting.Reports;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Cli.Demo;

public sealed class DemoIngestionTests(AzuriteFixture azurite)
{
    private static readonly DateOnly AsOf = new(2026, 11, 2);

    [Fact]
    public async Task EveryDemoFile_IsRecognisedAndReadWithoutRejections()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var service = scope.Get<IImportService>();

        foreach (var file in new DemoCompany().Generate(AsOf))
        {
            var report = await service.IngestAsync(FileContent.FromBytes(file.Name, file.Content), dryRun: true, ct);

            Assert.False(report.Quarantined, $"{file.Name}: {string.Join("; ", report.Reasons)}");
            Assert.Equal(ExpectedFormat(file.Name), report.Format);
            Assert.True(report.Rejected == 0, $"{file.Name}: {string.Join("; ", report.Rejections)}");
            Assert.True(report.Transactions + report.Customers > 0, file.Name);
        }
    }

    [Fact]
    public async Task DemoCompanyIngestedTwice_SecondTimeChangesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var service = scope.Get<IImportService>();
        var files = await IngestDemoCompanyAsync(service, ct);

        foreach (var file in files)
        {
            var again = await service.IngestAsync(FileContent.FromBytes(file.Name, file.Content), false, ct);

            Assert.True(again.AlreadyImported, file.Name);
            Assert.Equal(0, again.Transactions);
        }
    }

    [Fact]
    public async Task DemoCompanyIngested_ThisWeeksDigestHasItsMoversAndFlags()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await IngestDemoCompanyAsync(scope.Get<IImportService>(), ct);

        var digest = await scope.Get<IReportService>().DigestOfThisWeekAsync(ct);

        // The scope's clock stands on Monday 2 November 2026, the week the files were imported in.
        Assert.Equal("2026-W45", digest.Week);
        Assert.True(digest.HasNewData, digest.Summary);
        Assert.Contains("margin movers", digest.Summary, StringComparison.Ordinal);
        Assert.Contains("new flags", digest.Summary, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<DemoFile>> IngestDemoCompanyAsync(IImportService service, CancellationToken ct)
    {
        var files = new DemoCompany().Generate(AsOf);
        foreach (var file in files)
        {
            await service.IngestAsync(FileContent.FromBytes(file.Name, file.Content), false, ct);
        }

        return files;
    }

    private static string ExpectedFormat(string name) => name switch
    {
        "customers.csv" => nameof(FileFormat.CustomerMaster),
        "invoices.csv" => nameof(FileFormat.InvoiceExport),
        "bills.csv" => nameof(FileFormat.BillExport),
        "expenses.csv" => nameof(FileFormat.ExpenseExport),
        "stripe-payments.csv" => nameof(FileFormat.StripeExport),
        _ when name.StartsWith("bank-camt053", StringComparison.Ordinal) => nameof(FileFormat.Camt),
        _ when name.StartsWith("bank-", StringComparison.Ordinal) => nameof(FileFormat.BankCsv),
        _ => throw new InvalidOperationException("unexpected demo file " + name),
    };
}
