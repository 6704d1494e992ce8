using ProfitPipeline.Classification;
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
        var ids = Enumerable.Range(0, 20_000).Select(i => new TransactionId($"import-{i % 7}#row-{i}")).ToList();
        var checks = new SpotChecks(every);

        var picked = ids.Where(checks.Picks).ToList();

        Assert.InRange(picked.Count / (double)ids.Count, 0.85 / every, 1.15 / every);
        Assert.Equal(picked, ids.Where(new SpotChecks(every).Picks));
    }

    [Fact]
    public void Off_PicksNone() => Assert.DoesNotContain(Enumerable.Range(0, 1000), i => SpotChecks.Off.Picks(new TransactionId($"t{i}")));
}
