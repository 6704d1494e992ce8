using ProfitPipeline.Classification.Model;
using static ProfitPipeline.Tests.Classification.Model.QuickTraining;

namespace ProfitPipeline.Tests.Classification.Model;

/// <summary>
/// Some exports label rows by short codes ("A", "7") or carry text columns that are empty or punctuation only. Such text gives no
/// character 4-grams or no words at all; the classifier must still learn from what there is (the other features) and predict.
/// </summary>
public sealed class ShortTextTests
{
    [Fact]
    public void SingleCharacterCodes_TrainAndPredictTheirLabels()
    {
        List<LabelledExample> rows = [.. Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? Row("a", "Food", i) : Row("b", "Travel", i))];

        var trained = new ClassifierTrainer(QuickTraining.Options).Train(rows, TestContext.Current.CancellationToken)!;

        var predictions = trained.Classifier.Predict([new ClassificationExample("a", -10d), new ClassificationExample("b", -10d)]);
        Assert.Equal(["Food", "Travel"], predictions.Select(p => p.Label));
    }

    [Fact]
    public void PunctuationOnlyTexts_TrainAndPredictFromTheOtherFeatures()
    {
        // No word survives normalisation; the amount's sign still separates the labels.
        List<LabelledExample> rows =
        [
            .. Enumerable.Range(0, 40).Select(i => i % 2 == 0
                ? new LabelledExample(new ClassificationExample("--", -25d, Date: new DateOnly(2024, 1, 1).AddDays(i), Counterparty: "--"), "Expense")
                : new LabelledExample(new ClassificationExample("#", 900d, Date: new DateOnly(2024, 1, 1).AddDays(i), Counterparty: "#"), "Income")),
        ];

        var trained = new ClassifierTrainer(QuickTraining.Options).Train(rows, TestContext.Current.CancellationToken)!;

        var predictions = trained.Classifier.Predict([new ClassificationExample("--", -30d), new ClassificationExample("#", 800d)]);
        Assert.Equal(["Expense", "Income"], predictions.Select(p => p.Label));
    }

    [Fact]
    public void RowWithoutText_ProposesALabelButNeverAcceptsIt()
    {
        // Every validation row right, so calibration sharpens the vote to near 1 on anything, text or not.
        List<LabelledExample> rows = [.. Enumerable.Range(0, 500).Select(i => i % 2 == 0 ? Row("pizza palace", "Food", i) : Row("city cabs", "Travel", i))];

        var trained = new ClassifierTrainer(QuickTraining.Options).Train(rows, TestContext.Current.CancellationToken)!;

        var predictions = trained.Classifier.Predict([new ClassificationExample("pizza palace", -12d, Counterparty: "pizza palace"), new ClassificationExample(" ", -12d)]);
        Assert.Equal(("Food", true), (predictions[0].Label, predictions[0].Accepted));
        Assert.Equal((0d, false, WaitReason.NoText), (predictions[1].Confidence, predictions[1].Accepted, predictions[1].Waits));
        Assert.Contains(predictions[1].Label, new[] { "Food", "Travel" });
    }
}
