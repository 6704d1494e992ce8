using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

public sealed class TextHistoryTests
{
    [Fact]
    public void LongConsistentHistory_GivesItsLabelAHighProbability_ShortOrMixedOnesLow()
    {
        var rows = Enumerable.Repeat(("ACME LTD rent", 2), 19)
            .Concat([("Corner Cafe", 1)])
            .Concat(Enumerable.Repeat(("Mixed Co", 0), 3)).Concat([("mixed co", 1)]);

        var history = TextHistory.Learn(rows);

        Assert.Equal([0f, 0f, 0.95f], history.Probabilities(new ClassificationExample(" acme ltd RENT "), 3));
        Assert.Equal([0f, 0.5f, 0f], history.Probabilities(new ClassificationExample("Corner Cafe"), 3));
        Assert.Equal([0.6f, 0f, 0f], history.Probabilities(new ClassificationExample("MIXED CO"), 3));
        Assert.Equal([0f, 0f, 0f], history.Probabilities(new ClassificationExample("never seen"), 3));
    }
}
