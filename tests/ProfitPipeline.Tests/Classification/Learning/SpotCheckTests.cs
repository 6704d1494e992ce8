using System.Globalization;
using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Classification.Learning;

/// <summary>Spot checks end to end on Azurite: accepted model tags sampled for a person, the answers kept, acceptance stopped when they show it wrong.</summary>
public sealed class SpotCheckTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string?> EveryOtherAccepted = new() { ["ProfitPipeline:Classification:SpotCheckEvery"] = "2" };

    [Fact]
    public async Task WrongAnswersOnSpotChecks_ModelStopsAcceptingAndItsAcceptedTagsWait()
    {
        var ct = TestContext.Current.CancellationToken;
        var (scope, version, ledger, checks) = await RidesImportedAsync(ct);
        await using var disposing = scope;
        var accepted = ledger.Where(t => t.Tags.Category is { Source: TagSource.Model, Accepted: true }).ToList();
        Assert.NotEmpty(checks);
        Assert.NotEmpty(accepted);
        Assert.Equal(ledger.Count, checks.Count + accepted.Count);
        Assert.All(checks, t => Assert.Equal("travel", t.Tags.Category!.Value));

        // The rides were someone's hosting bills all along (the books changed after the model learned).
        await scope.Get<ReviewQueue>().CorrectAsync([.. checks.Select(t => new ReviewCorrection(t.Id.Value, Category: "hosting"))], "anna", ct);

        var pointer = await scope.Get<ModelStore>().GetCurrentAsync(ct);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"0 of {checks.Count} spot-checked tags right; a run of 3 answers had 3 wrong"), pointer!.SpotChecksFailed);
        Assert.True((await scope.Get<CurrentModelCache>().GetAsync(ct))!.SpotChecksFailed);
        var after = (await scope.ReadLedgerAsync(ct)).Where(t => accepted.Any(a => a.Id == t.Id)).Select(t => t.Tags.Category!).ToList();
        Assert.All(after, tag => Assert.Equal(
            (TagSource.Model, false, "spot checks showed this model's accepted tags less precise than the target"),
            (tag.Source, tag.Accepted, ModelTagDetail.WaitsBecause(tag))));
        var labels = await scope.Get<LabelStore>().ListAsync(ct);
        Assert.All(labels, l => Assert.Equal(new SpotCheckedTag(version, "travel", scope.Time.GetUtcNow()), l.SpotChecked));

        // The next retrain learns from the answers, and its model starts with acceptance and spot checks of its own.
        var retrained = await scope.Get<ModelTrainingService>().RetrainAsync([.. RidesAndServers.Transactions(), .. ledger], [.. RidesAndServers.Labels(scope.Time.GetUtcNow()), .. labels], ct);
        Assert.True(retrained.Promoted, retrained.Reason);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"0 of {checks.Count} spot-checked tags right; a run of 3 answers had 3 wrong, acceptance stopped"), retrained.CurrentModelSpotChecks);
        Assert.Null((await scope.Get<ModelStore>().GetCurrentAsync(ct))!.SpotChecksFailed);
        Assert.False((await scope.Get<CurrentModelCache>().GetAsync(ct))!.SpotChecksFailed);
    }

    [Fact]
    public async Task RightAnswersOnSpotChecks_ModelKeepsAccepting()
    {
        var ct = TestContext.Current.CancellationToken;
        var (scope, version, _, checks) = await RidesImportedAsync(ct);
        await using var disposing = scope;

        await scope.Get<ReviewQueue>().CorrectAsync([.. checks.Select(t => new ReviewCorrection(t.Id.Value, Category: "travel"))], "anna", ct);

        Assert.Null((await scope.Get<ModelStore>().GetCurrentAsync(ct))!.SpotChecksFailed);
        Assert.False((await scope.Get<CurrentModelCache>().GetAsync(ct))!.SpotChecksFailed);
        Assert.All(await scope.ReadLedgerAsync(ct), t => Assert.True(t.Tags.Category!.Accepted, $"{t.Tags.Category}"));

        // A later answer on the same rows (their project) keeps the answers' categories, that they were spot checks, and
        // when they were answered: the stop rule reads the answers in that order.
        var answered = scope.Time.GetUtcNow();
        scope.Time.Advance(TimeSpan.FromDays(3));
        await scope.Get<ReviewQueue>().CorrectAsync([.. checks.Select(t => new ReviewCorrection(t.Id.Value, Project: "roadshow"))], "ben", ct);
        var labels = await scope.Get<LabelStore>().ListAsync(ct);
        var results = SpotCheckResults.Of(labels, version);
        Assert.Equal((checks.Count, checks.Count), (results.Checked, results.Right));
        Assert.All(labels, l => Assert.Equal((answered, scope.Time.GetUtcNow()), (l.SpotChecked!.AnsweredAt, l.At)));
    }

    /// <summary>Every other accepted tag a spot check, a model that accepts rides promoted, then 12 rides imported: the ledger and its spot checks.</summary>
    private async Task<(PipelineScope Scope, string Version, IReadOnlyList<LedgerTransaction> Ledger, List<LedgerTransaction> Checks)> RidesImportedAsync(CancellationToken ct)
    {
        var scope = await PipelineScope.StartAsync(azurite, ct, EveryOtherAccepted);
        var version = await RidesAndServers.PromoteModelAsync(scope, ct);
        await scope.IngestCleanAsync("march.csv", RidesAndServers.RidesCsv(12), ct);
        var ledger = await scope.ReadLedgerAsync(ct);
        return (scope, version, ledger, [.. ledger.Where(t => ModelTagDetail.SpotCheckedModel(t.Tags.Category!) == version)]);
    }
}
