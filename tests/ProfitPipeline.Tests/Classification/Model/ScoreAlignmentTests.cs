using Microsoft.ML;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

/// <summary>
/// Every candidate's probabilities must line up with the classifier's labels. On a perfectly separable set (each label has its
/// own words; labels first seen in an order unlike any sort) a misaligned score slot shows as near-zero accuracy.
/// </summary>
public sealed class ScoreAlignmentTests
{
    private static readonly string[] Labels = ["Travel", "Hosting", "Rent", "Food", "Bank fees"];
    private static readonly string[] Words = ["lyft taxi ride", "aws cloud server", "landlord flat rent", "pizza lunch cafe", "monthly account fee"];

    private static List<LabelledExample> Rows(int perLabel, int offset) =>
        [.. Enumerable.Range(0, perLabel * Labels.Length).Select(i =>
        {
            var k = i * 3 % Labels.Length;
            var text = $"{Words[k]} {i + offset}";
            return new LabelledExample(new ClassificationExample(text, -10 - (i % 7), "BankDebit", new DateOnly(2026, 1, 1).AddDays(i), Words[k]), Labels[k]);
        })];

    [Theory]
    [InlineData(ClassifierKind.MaximumEntropy)]
    [InlineData(ClassifierKind.LinearSvm)]
    [InlineData(ClassifierKind.LightGbm)]
    public void SeparableLabels_EverySingleModelPredictsAllOfThem(ClassifierKind kind)
    {
        var options = new ClassifierTrainingOptions { MaximumEntropyIterations = 10, LinearSvmIterations = 10, LightGbmIterations = 10 };
        var fitter = new CandidateFitter(new MLContext(5), options);
        var fitted = fitter.Fit(Rows(20, 0), [kind]);
        var classifier = fitted.Classifier([new CalibratedMember(kind, fitted.Models[0].Model, 1d)]);
        var test = Rows(6, 1000);

        var predictions = classifier.Predict([.. test.Select(e => e.Example)]);

        Assert.Equal(test.Select(e => e.Label), predictions.Select(p => p.Label));
        Assert.All(predictions, p => Assert.InRange(p.Confidence, 1d / Labels.Length, 1d));
    }

    [Fact]
    public void ScoreSlotsInAnotherOrder_AreMappedByName()
    {
        var ml = new MLContext(1);
        var rows = Rows(10, 0);
        var fitter = new CandidateFitter(ml, new ClassifierTrainingOptions { MaximumEntropyIterations = 5 });
        var fitted = fitter.Fit(rows, [ClassifierKind.MaximumEntropy]);
        var features = fitted.Featurizer.Transform(ml.Data.LoadFromEnumerable(rows.Select(e => FeatureRow.From(e.Example))));
        var scored = fitted.Models[0].Model.Transform(features);
        var reversed = fitted.Labels.Reverse().ToList();

        var slots = ScoreColumn.SlotOfLabel(scored.Schema[ScoreColumn.Name], reversed);

        Assert.Equal(Enumerable.Range(0, reversed.Count).Reverse(), slots);
    }
}
