using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Classification.Learning;

/// <summary>
/// The retrain's promotion rule on Azurite when the holdout favours the current model: kept, unless people's answers on its
/// spot checks stopped its acceptance.
/// </summary>
public sealed class RetrainPromotionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task HoldoutFavoursCurrentModel_CurrentModelKept()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var current = await RidesAndServers.PromoteModelAsync(scope, ct);

        var outcome = await scope.Get<ModelTrainingService>().RetrainAsync(RidesAndServers.Transactions(), SwappedBeforeHoldout(scope), ct);

        Assert.False(outcome.Promoted, outcome.Reason);
        Assert.Equal("kept the current model: it scores better on the holdout", outcome.Reason);
        Assert.True(outcome.Metrics!.Category!.MacroF1 < outcome.Metrics.ComparedCategoryMacroF1, $"{outcome.Metrics.Category.MacroF1} vs {outcome.Metrics.ComparedCategoryMacroF1}");
        Assert.Equal(current, (await scope.Get<ModelStore>().GetCurrentAsync(ct))!.Version);
    }

    [Fact]
    public async Task HoldoutFavoursCurrentModelWhoseSpotChecksFailed_NewModelPromotedAnyway()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var current = await RidesAndServers.PromoteModelAsync(scope, ct);
        var store = scope.Get<ModelStore>();
        await store.MarkSpotChecksFailedAsync((await store.GetCurrentAsync(ct))!, "0 of 3 spot-checked tags right", ct);
        // Three early rides were spot checks of the current model, answered hosting.
        var answers = SwappedBeforeHoldout(scope).Select((l, i) => i is 0 or 2 or 4 ? l with { SpotChecked = new SpotCheckedTag(current, "travel") } : l).ToList();

        var outcome = await scope.Get<ModelTrainingService>().RetrainAsync(RidesAndServers.Transactions(), answers, ct);

        Assert.True(outcome.Promoted, outcome.Reason);
        Assert.Equal("promoted: the current model scores better on the holdout, but its spot checks stopped its acceptance", outcome.Reason);
        Assert.True(outcome.Metrics!.Category!.MacroF1 < outcome.Metrics.ComparedCategoryMacroF1, $"{outcome.Metrics.Category.MacroF1} vs {outcome.Metrics.ComparedCategoryMacroF1}");
        Assert.Equal("0 of 3 spot-checked tags right; a run of 3 answers had 3 wrong, acceptance stopped", outcome.CurrentModelSpotChecks);
        var pointer = (await store.GetCurrentAsync(ct))!;
        Assert.Equal((outcome.Metrics.Version, (string?)null), (pointer.Version, pointer.SpotChecksFailed));
        Assert.False((await scope.Get<CurrentModelCache>().GetAsync(ct))!.SpotChecksFailed);
    }

    /// <summary>Answers that call the rides hosting and the servers travel before the holdout dates, as the first model was not taught.</summary>
    private static List<TransactionLabel> SwappedBeforeHoldout(PipelineScope scope) => RidesAndServers.Labels(scope.Time.GetUtcNow(), RidesAndServers.HoldoutFrom);
}
