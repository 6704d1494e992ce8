using ProfitPipeline.Classification;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Classification;

public sealed class ReviewQueueTests(AzuriteFixture azurite)
{
    private const string Bank = "Date,Description,Counterparty,Amount,Currency\n2026-03-02,Ride,Lyft,-18.40,EUR\n2026-03-03,Fonts,Fontspring,-49.00,EUR\n";

    [Fact]
    public async Task CategoryWrittenByName_StoredAsTheChartsIdOnTheRowAndTheLabel()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("march.csv", Bank, ct);
        var ride = (await scope.ReadLedgerAsync(ct)).Single(t => t.Counterparty == "Lyft");

        var rejected = await scope.Get<ReviewQueue>().CorrectAsync([new ReviewCorrection(ride.Id.Value, Category: "Travel")], "anna", ct);

        Assert.Empty(rejected);
        var tag = (await scope.ReadLedgerAsync(ct)).Single(t => t.Id == ride.Id).Tags.Category;
        Assert.Equal(("travel", TagSource.Human), (tag?.Value, tag?.Source));
        Assert.Equal("travel", Assert.Single(await scope.Get<LabelStore>().ListAsync(ct)).Category);
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

        var rejected = await scope.Get<ReviewQueue>().CorrectAsync(
            [new ReviewCorrection(fonts.Id.Value, Category: "sofware"), new ReviewCorrection("no-such-row", Category: "travel"), new ReviewCorrection(ride.Id.Value, Category: "travel")],
            "anna",
            ct);

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
        await scope.IngestCleanAsync("march.csv", "Date,Description,Counterparty,Amount,Currency\n2026-03-05,STRIPE PAYOUT po_1,Stripe Payments Europe,4727.75,EUR\n", ct);
        var payout = Assert.Single(await scope.ReadLedgerAsync(ct));
        var queue = scope.Get<ReviewQueue>();

        Assert.Empty(await queue.CorrectAsync([new ReviewCorrection(payout.Id.Value, Category: "transfers", Customer: "")], "anna", ct));
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
        const string Stripe = "IE29STRP99010500417733";
        await scope.IngestCleanAsync(
            "october.csv",
            "Date,Description,Counterparty,Counterparty IBAN,Amount,Currency\n"
            + $"2026-10-05,STRIPE PAYOUT po_1,Stripe Payments Europe,{Stripe},2718.35,EUR\n"
            + $"2026-10-07,STRIPE PAYOUT po_2,Stripe Payments Europe,{Stripe},1181.75,EUR\n"
            + "2026-10-08,Invoice 17,J Smith,DE89370400440532013000,450.00,EUR\n",
            ct);
        var ledger = await scope.ReadLedgerAsync(ct);
        var first = ledger.Single(t => t.Description.Contains("po_1", StringComparison.Ordinal));

        Assert.Empty(await scope.Get<ReviewQueue>().CorrectAsync([new ReviewCorrection(first.Id.Value, Customer: "")], "anna", ct));

        var after = await scope.ReadLedgerAsync(ct);
        var second = after.Single(t => t.Description.Contains("po_2", StringComparison.Ordinal)).Tags.Customer;
        Assert.Equal((string.Empty, TagSource.Match, true), (second?.Value, second?.Source, second?.Accepted));
        Assert.Null(after.Single(t => t.Counterparty == "J Smith").Tags.Customer);
    }
}
