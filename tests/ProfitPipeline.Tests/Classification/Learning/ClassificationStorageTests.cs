using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Classification.Learning;

public sealed class ClassificationStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SavedRules_ListInOrderAndStaleUpdateIsRejected()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var store = scope.Get<RuleStore>();
        var second = await store.SaveAsync(new TaggingRule { Id = "b", Order = 2, Pattern = "x", MinimumAmount = 10.5m, Category = "travel" }, null, ct);
        await store.SaveAsync(new TaggingRule { Id = "a", Order = 1, Mode = TextMatchMode.Regex, Pattern = "^y", Kind = TransactionKind.Fee, Category = "bank-fees" }, null, ct);

        var updated = await store.SaveAsync(second.Rule with { Category = "meals" }, second.ETag, ct);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(second.Rule with { Category = "rent" }, second.ETag, ct));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(second.Rule, null, ct));

        var listed = await store.ListAsync(ct);
        Assert.Equal(["a", "b"], listed.Select(r => r.Rule.Id));
        Assert.Equal(updated.Rule, listed[1].Rule);
        Assert.Equal(TransactionKind.Fee, listed[0].Rule.Kind);

        await store.DeleteAsync("a", listed[0].ETag, ct);
        Assert.Single(await store.ListAsync(ct));
    }

    [Fact]
    public async Task Labels_RoundTripWithOddTransactionIds()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var store = scope.Get<LabelStore>();
        var at = scope.Time.GetUtcNow();
        TransactionLabel[] labels =
        [
            new(new TransactionId("acct/1#2?x"), "travel", null, null, "anna", at),
            new(new TransactionId("acct-2"), null, "C-1", "p", "ben", at),
            new(new TransactionId("acct-3"), "hosting", null, null, "anna", at) { SpotChecked = new SpotCheckedTag("20261102T090000Z-ab", "travel", at.AddHours(-1)) },
        ];

        await store.SaveAsync(labels, ct);

        Assert.Equal(labels.OrderBy(l => l.TransactionId.Value, StringComparer.Ordinal), (await store.ListAsync(ct)).OrderBy(l => l.TransactionId.Value, StringComparer.Ordinal));
        Assert.Equal([labels[2]], await store.ListSpotChecksOfAsync("20261102T090000Z-ab", ct));
        Assert.Empty(await store.ListSpotChecksOfAsync("20261102T090000Z-cd", ct));
    }

    [Fact]
    public async Task LabelsOfMoreRowsThanOneQueryHolds_FoundByIdAndUnknownIdsLeftOut()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var store = scope.Get<LabelStore>();
        var labels = Enumerable.Range(0, 40).Select(i => new TransactionLabel(new TransactionId($"import/{i}#row"), i % 2 == 0 ? "travel" : null, $"C-{i}", null, "anna", scope.Time.GetUtcNow())).ToList();
        await store.SaveAsync(labels, ct);

        var found = await store.FindAsync([.. labels.Take(31).Select(l => l.TransactionId), new TransactionId("import/none#row"), labels[0].TransactionId], ct);

        Assert.Equal(labels.Take(31), found.Values.OrderBy(l => int.Parse(l.TransactionId.Value[7..^4], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Retrain_FirstModelIsPromotedAndCachedThenStalePromotionConflicts()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var transactions = Enumerable.Range(0, 80)
            .Select(i => TransactionSamples.Make($"t{i}", TransactionKind.BankDebit, -10m - i, i % 2 == 0 ? "Lyft" : "Hetzner", i % 2 == 0 ? "ride" : "server", new DateOnly(2026, 1, 1).AddDays(i)))
            .ToList();
        var labels = transactions.Select((t, i) => new TransactionLabel(t.Id, i % 2 == 0 ? "travel" : "hosting", null, null, "anna", scope.Time.GetUtcNow())).ToList();

        var outcome = await scope.Get<ModelTrainingService>().RetrainAsync(transactions, labels, ct);

        Assert.True(outcome.Promoted, outcome.Reason);
        var store = scope.Get<ModelStore>();
        var pointer = await store.GetCurrentAsync(ct);
        Assert.Equal(outcome.Metrics!.Version, pointer!.Version);
        Assert.Equal(outcome.Metrics, await store.GetMetricsAsync(pointer.Version, ct));
        var current = await scope.Get<CurrentModelCache>().GetAsync(ct);
        Assert.Equal(pointer.Version, current!.Version);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.PromoteAsync("other", null, FirstSpotChecks.None, ct));
    }
}
