using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Classification.Evaluation;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Evaluation;

public sealed class LabelComparisonTests
{
    [Fact]
    public void LabelPredictedButNeverTrue_ListedWithZeroF1AndNoTestRows()
    {
        List<string> truth = ["rent", "rent", "software", "software"];
        List<string> ours = ["rent", "travel", "software", "software"];
        List<string> anchor = ["rent", "rent", "software", "rent"];

        var labels = LabelComparison.Of(truth, ours, anchor);

        Assert.Equal(
            [
                new LabelComparison("rent", 2, 1, 2d / 3, 3, 0.8),
                new LabelComparison("software", 2, 2, 1d, 1, 2d / 3),
                new LabelComparison("travel", 0, 1, 0d, 0, 0d),
            ],
            labels);
        Assert.Equal(ClassificationScores.MacroF1Of(truth, ours), labels.Average(l => l.PickedF1), 12);
    }

    [Fact]
    public void NoRows_MacroF1IsZero() => Assert.Equal(0d, ClassificationScores.MacroF1Of([], []));

    [Fact]
    public void AnyPredictions_MacroF1IsTheAverageOverEachModelsOwnLabels() =>
        Prop.ForAll(
            LabelGen.Triples(1, 80),
            rows =>
            {
                var (truth, ours, anchor) = rows;
                var labels = LabelComparison.Of(truth, ours, anchor);

                // Each model's macro-F1 averages the labels true or predicted by it; a label only the other predicted is not among them.
                Assert.Equal(ClassificationScores.MacroF1Of(truth, ours), labels.Where(l => l.TestRows + l.PickedPredictions > 0).Average(l => l.PickedF1), 12);
                Assert.Equal(ClassificationScores.MacroF1Of(truth, anchor), labels.Where(l => l.TestRows + l.LinearSvmPredictions > 0).Average(l => l.LinearSvmF1), 12);
                Assert.Equal(truth.Count, labels.Sum(l => l.TestRows));
                Assert.Equal(truth.Count, labels.Sum(l => l.PickedPredictions));
                Assert.Equal(truth.Count, labels.Sum(l => l.LinearSvmPredictions));
                return true;
            }).QuickCheckThrowOnFailure();
}
