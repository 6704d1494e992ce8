using System.Globalization;
using System.Text;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Tests.Azurite;
using ProfitPipeline.Tests.Classification.Learning;

namespace ProfitPipeline.Tests.Cli;

/// <summary><c>profit retrain</c> and <c>profit model</c> run as a user would, on a ledger with labelled and unlabelled rows.</summary>
public sealed class RetrainCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RetrainOverUnlabelledRides_SaysItsFirstSpotChecksAndModelShowsThem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("2025.csv", LabelledYear(), ct);
        await scope.IngestCleanAsync("rides.csv", RidesAndServers.RidesCsv(40), ct);
        var labelled = (await scope.ReadLedgerAsync(ct)).Where(t => t.BookingDate.Year == 2025);
        await scope.Get<LabelStore>().SaveAsync(
            labelled.Select(t => new TransactionLabel(t.Id, t.Counterparty == "Lyft" ? "travel" : "hosting", null, null, "anna", scope.Time.GetUtcNow())),
            ct);

        var retrain = await ProfitProcess.RunAsync(["retrain"], scope.ProfitEnvironment, ct);
        var model = await ProfitProcess.RunAsync(["model"], scope.ProfitEnvironment, ct);

        Assert.Equal(0, retrain.ExitCode);
        Assert.StartsWith("Promoted model ", retrain.Output, StringComparison.Ordinal);
        Assert.EndsWith(" 8 of the 40 ledger rows it accepted wait for review as its first spot checks.", retrain.Output.Trim(), StringComparison.Ordinal);
        Assert.Equal(0, model.ExitCode);
        Assert.Contains("Spot checks (1 in 50 accepted tags, and 8 of the 40 it accepted at promotion): no spot check answered yet. Accepting.", model.Output, StringComparison.Ordinal);
    }

    /// <summary>600 bank rows of 2025, two a day: Lyft rides and Hetzner servers, enough for a model that accepts at 95%.</summary>
    private static string LabelledYear()
    {
        var csv = new StringBuilder("Date,Description,Counterparty,Amount,Currency\n");
        for (var i = 0; i < 600; i++)
        {
            var (text, payee) = i % 2 == 0 ? ("ride", "Lyft") : ("server", "Hetzner");
            csv.Append(CultureInfo.InvariantCulture, $"{new DateOnly(2025, 1, 1).AddDays(i / 2):yyyy-MM-dd},{text},{payee},-{10 + (i % 40)},EUR\n");
        }

        return csv.ToString();
    }
}
