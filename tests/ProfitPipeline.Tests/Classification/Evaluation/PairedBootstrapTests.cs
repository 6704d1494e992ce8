using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Classification.Evaluation;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Evaluation;

public sealed class PairedBootstrapTests
{
    [Fact]
    public void SamePredictions_NoGapAndAnIntervalOfZero()
    {
        List<string> truth = ["rent", "software", "travel", "software", "meals", "rent"];
        List<string> predicted = ["rent", "travel", "travel", "software", "rent", "rent"];

        Assert.Equal(new MacroF1Gap(0d, 0d, 0d), PairedBootstrap.MacroF1Gap(truth, predicted, predicted));
    }

    [Fact]
    public void AlwaysRightAgainstAlwaysWrong_WholeIntervalAboveZero()
    {
        var truth = Enumerable.Range(0, 200).Select(i => LabelGen.Labels[i % LabelGen.Labels.Length]).ToList();
        var wrong = truth.Select(l => l == "rent" ? "software" : "rent").ToList();

        var gap = PairedBootstrap.MacroF1Gap(truth, truth, wrong);

        Assert.Equal(1d, gap.Gap);
        Assert.True(gap.Low > 0.9, $"interval {gap.Low} to {gap.High}");
    }

    [Fact]
    public void AnyPredictions_GapIsTheDifferenceOfMacroF1AndInsideItsInterval() =>
        Prop.ForAll(
            LabelGen.Triples(20, 120),
            rows =>
            {
                var (truth, ours, other) = rows;
                var gap = PairedBootstrap.MacroF1Gap(truth, ours, other, resamples: 400);
                Assert.Equal(ClassificationScores.MacroF1Of(truth, ours) - ClassificationScores.MacroF1Of(truth, other), gap.Gap, 12);
                Assert.InRange(gap.Gap, gap.Low, gap.High);
                return true;
            }).QuickCheckThrowOnFailure();
}
