using ProfitPipeline.Classification;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Tests.Azurite;
using ProfitPipeline.Tests.Cli;

namespace ProfitPipeline.Tests.Classification;

public sealed class ReviewQueueTests(AzuriteFixture azurite)
{
    private const string Bank = "Date,Description,Counterparty,Amount,Currency\n2026-03-02,Ride,Lyft,-18.40,EUR\n2026-03-03,Fonts,Fontspring,-49.00,EUR\n";

    [Fact]
    public async Task PageOfTheQueue_ModelsProposalsShowTheWordsBehindThemInTheApiAndOnTheCommandLine()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await MarchWaiting.StartAsync(azurite, ct);

        var page = await scope.Get<ReviewQueue>().PageAsync(TransactionFilter.DefaultLimit, after: null, ct);
        var text = await ProfitProcess.RunAsync(["review"], scope.ProfitEnvironment, ct);

        var ride = page.Rows.First(r => r.Counterparty == "Uber" && r.Description == "ride");
        Assert.Equal("travel", ride.Tags.Category?.Value);
        Assert.NotNull(ride.Because);
        Assert.Contains("ride", ride.Because);
        Assert.All(page.Rows, r => Assert.Equal(r.Tags.Category?.Source == TagSource.Model, r.Because is not null));
        Assert.Contains(text.Output.Split('\n'), l => l.StartsWith(ride.TransactionId, StringComparison.Ordinal) && l.Contains("(the model read: \"ride\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CategoryWrittenByName_StoredAsTheChartsIdOnTheRowAndTheLabel()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("march.csv", Bank, ct);
        var ride = (await scope.ReadLedgerAsync(ct)).Single(t => t.Counterparty == "Lyft");

        var rejected = (await scope.Get<ReviewQueue>().CorrectAsync([new ReviewCorrection(ride.Id.Value, Category: "Travel")], "anna", ct)).Rejected;

        Assert.Empty(rejected);
        var tag = (await scope.ReadLedgerAsync(ct)).Single(t => t.Id == ride.Id).Tags.Category;
        Assert.Equal(("travel", TagSource.Human), (tag?.Value, tag?.Source));
        Assert.Equal("travel", Assert.Single(await scope.Get<LabelStore>().ListAsync(ct)).Category);
    }

    [Fact]
    public async Task LaterAnswerOnTheSameRow_KeepsWhatTheEarlierSaidOfTheOtherTags()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("march.csv", Bank, ct);
        var ride = (await scope.ReadLedgerAsync(ct)).Single(t => t.Counterparty == "Lyft");
        var queue = scope.Get<ReviewQueue>();

        await queue.CorrectAsync([new ReviewCorrection(ride.Id.Value, Category: "travel", Project: "roadshow")], "anna", ct);
        await queue.CorrectAsync([new ReviewCorrection(ride.Id.Value, Customer: "", Project: "launch")], "ben", ct);

        var label = Assert.Single(await scope.Get<LabelStore>().ListAsync(ct));
        Assert.Equal(("travel", string.Empty, "launch", "ben"), (label.Category, label.Customer, label.Project, label.By));
    }

    [Fact]
    public async Task CategoryTheChartLacksOrUnknownRow_RefusedWithTheReasonAndTheOthersApplied()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("march.csv", Bank, ct);
        var ledger = await scope.ReadLedgerAsync(ct);
        var ride = ledger.Single(t => t.Counterparty == "Lyft");
        var fonts = ledger.Single(t => t.Counterparty == "Fontspring");

        var outcome = await scope.Get<ReviewQueue>().CorrectAsync(
            [new ReviewCorrection(fonts.Id.Value, Category: "sofware"), new ReviewCorrection("no-such-row", Category: "travel"), new ReviewCorrection(ride.Id.Value, Category: "travel")],
            "anna",
            ct);
        var rejected = outcome.Rejected;

        Assert.Equal(1, outcome.Applied);
        Assert.Equal([fonts.Id.Value, "no-such-row"], rejected.Select(r => r.TransactionId));
        Assert.StartsWith("'sofware' is not in the category chart", rejected[0].Reason, StringComparison.Ordinal);
        Assert.Equal("no such transaction", rejected[1].Reason);
        var label = Assert.Single(await scope.Get<LabelStore>().ListAsync(ct));
        Assert.Equal((ride.Id, "travel"), (label.TransactionId, label.Category));
        Assert.NotEqual(TagSource.Human, (await scope.ReadLedgerAsync(ct)).Single(t => t.Id == fonts.Id).Tags.Category?.Source);
    }

    [Fact]
    public async Task NoCustomerAnswered_TheRowLeavesTheQueueAndStaysWithoutOne()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("march.csv", "Date,Description,Counterparty,Amount,Currency\n2026-03-05,TRANSFER FROM SAVINGS,Northbank Savings,4727.75,EUR\n", ct);
        var transfer = Assert.Single(await scope.ReadLedgerAsync(ct));
        var queue = scope.Get<ReviewQueue>();

        Assert.Empty((await queue.CorrectAsync([new ReviewCorrection(transfer.Id.Value, Category: "transfers", Customer: "")], "anna", ct)).Rejected);
        Assert.Equal(0, await scope.Get<LedgerTagging>().RetagAsync(ct));

        var tags = (await scope.ReadLedgerAsync(ct)).Single().Tags;
        Assert.Equal((string.Empty, TagSource.Human, true), (tags.Customer?.Value, tags.Customer?.Source, tags.Customer?.Accepted));
        Assert.False(tags.NeedsReview);
        Assert.Empty(await queue.PendingAsync(ct));
        Assert.Equal(string.Empty, Assert.Single(await scope.Get<LabelStore>().ListAsync(ct)).Customer);
    }

    [Fact]
    public async Task NoCustomerAnsweredForAPayerAccount_TheOtherStoredPaymentsFromItFollow()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        const string Savings = "GB33BUKB20201555555555";
        await scope.IngestCleanAsync(
            "october.csv",
            "Date,Description,Counterparty,Counterparty IBAN,Amount,Currency\n"
            + $"2026-10-05,TRANSFER FROM SAVINGS 1,Northbank Savings,{Savings},2718.35,EUR\n"
            + $"2026-10-07,TRANSFER FROM SAVINGS 2,Northbank Savings,{Savings},1181.75,EUR\n"
            + "2026-10-08,Invoice 17,J Smith,DE89370400440532013000,450.00,EUR\n",
            ct);
        var ledger = await scope.ReadLedgerAsync(ct);
        var first = ledger.Single(t => t.Description.EndsWith("SAVINGS 1", StringComparison.Ordinal));

        Assert.Empty((await scope.Get<ReviewQueue>().CorrectAsync([new ReviewCorrection(first.Id.Value, Customer: "")], "anna", ct)).Rejected);

        var after = await scope.ReadLedgerAsync(ct);
        var second = after.Single(t => t.Description.EndsWith("SAVINGS 2", StringComparison.Ordinal)).Tags.Customer;
        Assert.Equal((string.Empty, TagSource.Match, true), (second?.Value, second?.Source, second?.Accepted));
        Assert.Equal("payer account a person said pays for no customer", second?.Detail);
        Assert.Null(after.Single(t => t.Counterparty == "J Smith").Tags.Customer);
    }

    [Fact]
    public async Task RememberedAnswer_TagsTheCounterpartysOtherRowsNowAndLaterByRule()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        const string Header = "Date,Description,Counterparty,Amount,Currency\n";
        await scope.IngestCleanAsync("march.csv", Header + "2026-03-02,Lunch,Corner Cafe,-18.40,EUR\n2026-03-09,Lunch,CORNER CAFE,-22.10,EUR\n2026-03-10,Refund,Corner Cafe,5.00,EUR\n2026-03-11,Lunch,Corner Cafe Deli,-9.00,EUR\n", ct);
        var first = (await scope.ReadLedgerAsync(ct)).First(t => t.Amount.Amount == -18.40m);
        var queue = scope.Get<ReviewQueue>();

        var outcome = await queue.CorrectAsync([new ReviewCorrection(first.Id.Value, Category: "Meals", Remember: true)], "anna", ct);
        await scope.IngestCleanAsync("april.csv", Header + "2026-04-02,Lunch,Corner Cafe,-16.80,EUR\n", ct);

        Assert.Equal(["review-bankdebit-corner-cafe"], outcome.RulesSaved);
        var ledger = await scope.ReadLedgerAsync(ct);
        var byRule = ledger.Where(t => t.Tags.Category is { Source: TagSource.Rule, Value: "meals" }).Select(t => t.Amount.Amount).Order();
        Assert.Equal([-22.10m, -16.80m], byRule);
        Assert.Equal(TagSource.Human, ledger.Single(t => t.Id == first.Id).Tags.Category?.Source);
        Assert.DoesNotContain(ledger, t => t.Amount.Amount is 5.00m or -9.00m && t.Tags.Category?.Source == TagSource.Rule);

        // A later answer for the same payee adds to the rule rather than replacing what it said.
        var second = ledger.Single(t => t.Amount.Amount == -22.10m);
        await queue.CorrectAsync([new ReviewCorrection(second.Id.Value, Project: "P-7", Remember: true)], "anna", ct);
        var rule = Assert.Single(await scope.Get<RuleStore>().ListRulesAsync(ct));
        Assert.Equal(("meals", "P-7", TransactionKind.BankDebit), (rule.Category, rule.Project, rule.Kind));
    }
}
