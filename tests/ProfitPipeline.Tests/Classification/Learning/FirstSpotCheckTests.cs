using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Classification.Learning;

/// <summary>
/// A newly promoted model's own first spot checks on Azurite (default settings: 1 in 50 shared, 20 at promotion): drawn from
/// the ledger's rows it accepts as it is promoted, kept on the pointer, waiting once it re-tags the ledger.
/// </summary>
public sealed class FirstSpotCheckTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ModelPromotedOverImportedRides_OneInFiveOfTheRidesItAcceptsWaitAsItsOwnChecks()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await RidesAndServers.PromoteModelAsync(scope, ct);
        // Promoted over a ledger of labelled rows only, the first model has nothing of its own to check.
        Assert.Equal((0, 0), (await scope.Get<ModelStore>().GetCurrentAsync(ct))!.FirstSpotChecks is { } none ? (none.Accepted, none.TransactionIds.Count) : (-1, -1));
        await scope.IngestCleanAsync("rides.csv", RidesAndServers.RidesCsv(60), ct);
        var imported = await scope.ReadLedgerAsync(ct);
        // Ten of the rides a rule tags: the model will not re-tag them, so they are not its to check.
        var ruled = imported.Take(10).Select(t => t with { Tags = t.Tags with { Category = new Tag("travel", TagSource.Rule, 1m, "rule 1") { Accepted = true } } });
        var ledger = (IReadOnlyList<LedgerTransaction>)[.. RidesAndServers.Transactions(), .. ruled, .. imported.Skip(10)];

        var outcome = await scope.Get<ModelTrainingService>().RetrainAsync(ledger, RidesAndServers.Labels(scope.Time.GetUtcNow()), ct);
        await scope.Get<LedgerTagging>().RetagAsync(ct);

        Assert.True(outcome.Promoted, outcome.Reason);
        var version = outcome.Metrics!.Version;
        var store = scope.Get<ModelStore>();
        var pointer = (await store.GetCurrentAsync(ct))!;
        Assert.Equal((version, 50, 10), (pointer.Version, pointer.FirstSpotChecks!.Accepted, pointer.FirstSpotChecks.TransactionIds.Count));
        Assert.Equal(pointer.FirstSpotChecks.TransactionIds, outcome.FirstSpotChecks!.TransactionIds);
        Assert.Subset(imported.Skip(10).Select(t => t.Id.Value).ToHashSet(), pointer.FirstSpotChecks.TransactionIds.ToHashSet());
        var firstChecks = pointer.FirstSpotChecks.TransactionIds.ToHashSet(StringComparer.Ordinal);
        var shared = new SpotChecks(50);
        Assert.All(await scope.ReadLedgerAsync(ct), t =>
        {
            var waitsForThisModel = ModelTagDetail.SpotCheckedModel(t.Tags.Category!) == version;
            Assert.Equal(firstChecks.Contains(t.Id.Value) || shared.Picks(t.Id), waitsForThisModel);
            Assert.Equal(!waitsForThisModel, t.Tags.Category!.Accepted);
        });
        Assert.Equal("1 in 50 accepted tags, and 10 of the 50 it accepted at promotion", (await scope.Get<ModelStatusReader>().GetAsync(ct))!.SpotCheckSample);

        // Stopping the model keeps the record of its first checks.
        await store.MarkSpotChecksFailedAsync(pointer, "0 of 3 spot-checked tags right", ct);
        Assert.Equal(pointer.FirstSpotChecks.TransactionIds, (await store.GetCurrentAsync(ct))!.FirstSpotChecks!.TransactionIds);
        Assert.Equal(firstChecks, [.. (await scope.Get<CurrentModelCache>().GetAsync(ct))!.FirstSpotChecks.Select(id => id.Value)]);
    }
}
