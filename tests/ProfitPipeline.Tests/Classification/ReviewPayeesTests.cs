using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Classification;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Tests.Azurite;
using ProfitPipeline.Tests.Cli;
using ProfitPipeline.Tests.Reporting;

namespace ProfitPipeline.Tests.Classification;

/// <summary>The review queue by payee on Azurite: what one remembered answer clears, most rows first.</summary>
public sealed class ReviewPayeesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task WaitingRowsOfSeveralPayees_GroupedAsOneRememberedAnswerClearsThemMostFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await MarchWaiting.StartAsync(azurite, ct);
        var ledger = await scope.ReadLedgerAsync(ct);
        string Id(string date, string description) => ledger.Single(t => t.BookingDate.ToString("yyyy-MM-dd", null) == date && t.Description == description).Id.Value;

        var payees = await scope.Get<ReviewQueue>().PayeesAsync(ct);

        Assert.Equal(
            [
                ("Uber", "BankDebit", 3, "2026-03-03", "2026-03-07", Id("2026-03-03", "ride")),
                ("Sentry", "BankDebit", 2, "2026-03-06", "2026-04-30", Id("2026-03-06", "errors")),
                ("ACCOUNT FEES 2026-03", "BankDebit", 2, "2026-03-31", "2026-04-30", Id("2026-03-31", "ACCOUNT FEES 2026-03")),
                ("Uber", "BankCredit", 1, "2026-03-09", "2026-03-09", Id("2026-03-09", "refund")),
            ],
            payees.Select(p => (p.Payee, p.Kind, p.Waiting, p.First.ToString("yyyy-MM-dd", null), p.Last.ToString("yyyy-MM-dd", null), p.TransactionId)));
        Assert.Equal(payees.Sum(p => p.Waiting), (await scope.Get<ReviewQueue>().PendingAsync(ct)).Count);
        Assert.Equal("travel", payees[0].Proposed);

        // Answering each group's row with "remember" clears the group, and no other.
        await scope.Get<ReviewQueue>().CorrectAsync([new ReviewCorrection(payees[0].TransactionId, Category: "travel", Remember: true), new ReviewCorrection(payees[2].TransactionId, Category: "bank-fees", Remember: true)], "anna", ct);
        Assert.Equal([("Sentry", "BankDebit", 2), ("Uber", "BankCredit", 1)], (await scope.Get<ReviewQueue>().PayeesAsync(ct)).Select(p => (p.Payee, p.Kind, p.Waiting)));
    }

    [Fact]
    public async Task ReviewPayeesEndpointAndCommand_ListTheSameGroups()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await MarchWaiting.StartAsync(azurite, ct);
        var job = scope.Services.GetRequiredKeyedService<IHttpJob>(PipelineCatalog.Names.ReviewPayees);

        var http = await ExecutedResult.RunAsync(await job.HandleAsync(new DefaultHttpContext().Request, [], ct));
        var text = await ProfitProcess.RunAsync(["review", "payees"], scope.ProfitEnvironment, ct);

        Assert.Equal(StatusCodes.Status200OK, http.Status);
        using var json = JsonDocument.Parse(http.Text);
        var first = json.RootElement[0];
        Assert.Equal(("Uber", "BankDebit", 3, "travel"), (first.GetProperty("payee").GetString(), first.GetProperty("kind").GetString(), first.GetProperty("waiting").GetInt32(), first.GetProperty("proposed").GetString()));
        Assert.Equal(4, json.RootElement.GetArrayLength());
        var lines = text.Output.TrimEnd().Split('\n');
        Assert.Equal(0, text.ExitCode);
        Assert.Equal(5, lines.Length);
        Assert.Equal(
            $"    3  Uber (BankDebit), 2026-03-03 to 2026-03-07, proposed travel: profit review correct {first.GetProperty("transactionId").GetString()} --category C --remember",
            lines[0].TrimEnd());
        Assert.Equal("8 waiting for review, 4 payees or texts: answer each one's row with --remember to clear the rest.", lines[^1].TrimEnd());

        await using var empty = await PipelineScope.StartAsync(azurite, ct, MarchWaiting.NoSpotChecks);
        var nothing = await ProfitProcess.RunAsync(["review", "payees"], empty.ProfitEnvironment, ct);
        Assert.Equal((0, "Nothing waits for review."), (nothing.ExitCode, nothing.Output.Trim()));
    }
}
