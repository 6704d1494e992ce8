using ProfitPipeline.Classification.Model;
using static ProfitPipeline.Tests.Classification.Model.QuickTraining;

namespace ProfitPipeline.Tests.Classification.Model;

/// <summary>
/// A label seen once in training is still a label: macro-F1 weighs it like any other, and folding it into "(unknown)" made the
/// classifier lose every such row to the text-only SVM anchor, which keeps it.
/// </summary>
public sealed class RareLabelTests
{
    [Fact]
    public void LabelSeenOnce_IsKeptAndScoredHighestOnItsOwnText()
    {
        var rows = Enumerable.Range(0, 40)
            .Select(i => Row(i % 2 == 0 ? "uber trip airport" : "aws cloud hosting", i % 2 == 0 ? "Travel" : "Hosting", i))
            .Append(Row("state farm insurance premium", "Insurance", 41))
            .ToList();

        var classifier = new ClassifierTrainer(QuickTraining.Options).Train(rows, [], TestContext.Current.CancellationToken)!.Classifier;
        var insurance = classifier.Labels.ToList().IndexOf("Insurance");
        var probabilities = classifier.ModelProbabilities([FeatureRow.From(new ClassificationExample("state farm insurance premium", -42d)), FeatureRow.From(new ClassificationExample("uber trip airport", -42d))])[0];

        Assert.True(insurance >= 0);
        // About twice as high after these few iterations; two-thread SDCA is not deterministic and has given 1.94 to 2.2 times.
        Assert.True(probabilities[0][insurance] > 1.5 * probabilities[1][insurance], $"The once-seen label scores higher on its own text: {probabilities[0][insurance]} vs {probabilities[1][insurance]}.");
        Assert.DoesNotContain(TextClassifier.UnknownLabel, classifier.Labels);
    }

    [Fact]
    public void Pool_KeepsLabelsWithAtLeastTheMinimumRows()
    {
        List<LabelledExample> rows = [Row("a", "Frequent", 1), Row("b", "Frequent", 2), Row("c", "Once", 3)];

        Assert.Equal(["Frequent", "Frequent", "Once"], TrainingLabels.Pool(rows, 1));
        Assert.Equal(["Frequent", "Frequent", TextClassifier.UnknownLabel], TrainingLabels.Pool(rows, 2));
    }
}
