using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Model;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Classification;

public sealed class SpotChecksTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    [InlineData(50)]
    public void ManyTransactions_AboutOneInEveryPickedTheSameEachTime(int every)
    {
        var ids = Ids(20_000);
        var checks = new SpotChecks(every);

        var picked = ids.Where(checks.Picks).ToList();

        Assert.InRange(picked.Count / (double)ids.Count, 0.85 / every, 1.15 / every);
        Assert.Equal(picked, ids.Where(new SpotChecks(every).Picks));
    }

    [Fact]
    public void Off_PicksNone() => Assert.DoesNotContain(Enumerable.Range(0, 1000), i => SpotChecks.Off.Picks(new TransactionId($"t{i}")));

    [Fact]
    public void NewModelsFirstChecks_TwentyOfItsAcceptedRowsTheSameForItAndOthersForAnotherModel()
    {
        var accepted = Ids(2_000);
        var checks = new SpotChecks(50, 20);

        var first = checks.FirstOf("v1", accepted);

        Assert.Equal((2_000, 20), (first.Accepted, first.TransactionIds.Count));
        Assert.Subset(accepted.Select(id => id.Value).ToHashSet(), first.TransactionIds.ToHashSet());
        Assert.Equal(first.TransactionIds, checks.FirstOf("v1", [.. Enumerable.Reverse(accepted)]).TransactionIds);
        // The shared sample would mostly be rows people already answered for the model before; these are the new model's own.
        Assert.InRange(first.TransactionIds.Count(id => checks.Picks(new TransactionId(id))), 0, 4);
        Assert.InRange(first.TransactionIds.Intersect(checks.FirstOf("v2", accepted).TransactionIds).Count(), 0, 2);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(4, 1)]
    [InlineData(6, 2)]
    [InlineData(40, 8)]
    [InlineData(100, 20)]
    [InlineData(5_000, 20)]
    public void FewAcceptedRows_AtMostOneInFiveChecked(int accepted, int firstChecks) =>
        Assert.Equal(firstChecks, new SpotChecks(50, 20).FirstOf("v1", Ids(accepted)).TransactionIds.Count);

    [Fact]
    public void SpotChecksOrFirstChecksOff_NoFirstChecks()
    {
        Assert.Empty(new SpotChecks(0, 20).FirstOf("v1", Ids(500)).TransactionIds);
        Assert.Empty(new SpotChecks(50, 0).FirstOf("v1", Ids(500)).TransactionIds);
    }

    [Fact]
    public void ModelWithFirstChecks_PicksThemBesideTheSharedSampleUnlessSpotChecksAreOff()
    {
        var ids = Ids(1_000);
        var model = new TaggingModel("v1", null, null).WithPointer(false, new FirstSpotChecks(1_000, ["import-3#row-3", "import-4#row-11"]));
        var checks = new SpotChecks(50, 20);

        var picked = ids.Where(id => checks.Picks(id, model)).ToHashSet();

        Assert.Equal(ids.Where(checks.Picks).Append(new TransactionId("import-3#row-3")).Append(new TransactionId("import-4#row-11")).ToHashSet(), picked);
        Assert.DoesNotContain(ids, id => SpotChecks.Off.Picks(id, model));
    }

    [Fact]
    public void Describe_SaysTheSharedRateAndTheModelsOwnChecks()
    {
        var checks = new SpotChecks(50, 20);

        Assert.Equal("1 in 50 accepted tags, and 20 of the 412 it accepted at promotion", checks.Describe(checks.FirstOf("v1", Ids(412))));
        Assert.Equal("1 in 50 accepted tags", checks.Describe(null));
        Assert.Equal("off", SpotChecks.Off.Describe(null));
    }

    private static List<TransactionId> Ids(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new TransactionId($"import-{i % 7}#row-{i}"))];
}
