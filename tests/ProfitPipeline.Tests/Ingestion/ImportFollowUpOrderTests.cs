using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Ingestion;

public sealed class ImportFollowUpOrderTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task FollowUps_RunByTheirOrder_NotByRegistration()
    {
        var ct = TestContext.Current.CancellationToken;
        var calls = new List<string>();
        await using var scope = await PipelineScope.StartAsync(azurite, ct, configure: services => services
            .AddSingleton<IFileParser, LineFormatParser>()
            .AddSingleton<IImportCompletedHandler>(new Recording("late", 250, calls))
            .AddSingleton<IImportCompletedHandler>(new Recording("early", 50, calls)));

        await scope.Get<IImportService>().IngestAsync(LineFormatParser.File("jan.txt", "2026-01-05|100.00|Invoice 1001"), dryRun: false, ct);

        // The pipeline's own follow-ups (tagging 100, snapshots 200, reports 300) run between them.
        Assert.Equal(["early", "late"], calls);
    }

    private sealed class Recording(string name, int order, List<string> calls) : IImportCompletedHandler
    {
        public int Order => order;

        public Task OnImportCompletedAsync(ImportReport report, IReadOnlyList<LedgerTransaction> newTransactions, CancellationToken cancellationToken)
        {
            calls.Add(name);
            return Task.CompletedTask;
        }
    }
}
