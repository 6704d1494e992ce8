using Microsoft.ML;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

public sealed class CandidatePickTests
{
    private static readonly string[] Labels = ["rent", "software", "travel", "meals"];

    private static readonly List<string> Truth = [.. Enumerable.Range(0, 200).Select(i => Labels[i % Labels.Length])];

    [Fact]
    public void TreeModelAheadByOneRow_BestLinearModelPicked()
    {
        var linear = Candidate([ClassifierKind.LinearSvm], WrongEvery(10));
        var trees = Candidate([ClassifierKind.LightGbm], WrongEvery(11));

        var pick = CandidatePick.From([linear, trees], Truth);

        Assert.Same(linear, pick.Candidate);
        Assert.Contains("not beyond noise", pick.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TreeModelFarAhead_TreeModelPicked()
    {
        var linear = Candidate([ClassifierKind.MaximumEntropy], WrongEvery(2));
        var trees = Candidate([ClassifierKind.LightGbm], Truth);

        var pick = CandidatePick.From([linear, trees], Truth);

        Assert.Same(trees, pick.Candidate);
        Assert.Contains("worth the slower prediction", pick.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsembleWithALightGbmMember_CountsAsTrees()
    {
        var linear = Candidate([ClassifierKind.MaximumEntropy, ClassifierKind.LinearSvm], WrongEvery(10));
        var mixed = Candidate([ClassifierKind.LinearSvm, ClassifierKind.LightGbm], WrongEvery(12));

        var pick = CandidatePick.From([mixed, linear], Truth);

        Assert.True(linear.IsLinear);
        Assert.False(mixed.IsLinear);
        Assert.Same(linear, pick.Candidate);
    }

    [Fact]
    public void LinearModelBest_PickedForItsMacroF1()
    {
        var linear = Candidate([ClassifierKind.LinearSvm], Truth);
        var trees = Candidate([ClassifierKind.LightGbm], WrongEvery(3));

        var pick = CandidatePick.From([trees, linear], Truth);

        Assert.Same(linear, pick.Candidate);
        Assert.Equal("best validation macro-F1", pick.Reason);
    }

    [Fact]
    public void OtherLinearModelAheadByOneRow_PlainSvmPicked()
    {
        var svm = Candidate([ClassifierKind.LinearSvm], WrongEvery(10));
        var entropy = Candidate([ClassifierKind.MaximumEntropy], WrongEvery(11));
        var pair = Candidate([ClassifierKind.LinearSvm, ClassifierKind.MaximumEntropy], WrongEvery(12));

        var pick = CandidatePick.From([entropy, pair, svm], Truth);

        Assert.Same(svm, pick.Candidate);
        Assert.StartsWith("the linear SVM", pick.Reason, StringComparison.Ordinal);
        Assert.Contains("not beyond noise", pick.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherLinearModelLevelWithSvm_SvmPickedAndCalledLevelNotAhead()
    {
        var entropy = Candidate([ClassifierKind.MaximumEntropy], Truth);
        var svm = Candidate([ClassifierKind.LinearSvm], Truth);

        var pick = CandidatePick.From([entropy, svm], Truth);

        Assert.Same(svm, pick.Candidate);
        Assert.Equal("the linear SVM (MaximumEntropy level with LinearSvm on validation macro-F1, 95% paired-bootstrap interval 0 to 0: not beyond noise)", pick.Reason);
    }

    [Fact]
    public void OtherLinearModelFarAhead_ThatModelPicked()
    {
        var svm = Candidate([ClassifierKind.LinearSvm], WrongEvery(2));
        var pair = Candidate([ClassifierKind.LinearSvm, ClassifierKind.MaximumEntropy], Truth);

        var pick = CandidatePick.From([svm, pair], Truth);

        Assert.Same(pair, pick.Candidate);
        Assert.StartsWith("best validation macro-F1", pick.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TreesAndOtherLinearModelAheadWithinNoise_PlainSvmPicked()
    {
        var svm = Candidate([ClassifierKind.LinearSvm], WrongEvery(10));
        var pair = Candidate([ClassifierKind.LinearSvm, ClassifierKind.MaximumEntropy], WrongEvery(11));
        var trees = Candidate([ClassifierKind.LightGbm], WrongEvery(12));

        var pick = CandidatePick.From([trees, pair, svm], Truth);

        Assert.Same(svm, pick.Candidate);
        Assert.Contains("linear models predict about 40 times faster", pick.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LabelsThatTreesSeparateBest_TheTwoBestLinearModelsAreAveragedToo()
    {
        // The label alternates with the amount's order of magnitude: trees split on it, a linear model on its log cannot.
        var random = new Random(5);
        var rows = Enumerable.Range(0, 600).Select(i =>
        {
            var magnitude = random.NextDouble() * 6;
            var amount = Math.Round(Math.Pow(10, magnitude), 2);
            var example = new ClassificationExample($"payment ref {random.Next(50)}", amount, Date: new DateOnly(2024, 1, 1).AddDays(i / 3), Counterparty: "payee");
            return new LabelledExample(example, (int)magnitude % 2 == 0 ? "even" : "odd");
        }).ToList();
        var (fit, validation) = HoldoutSplit.ForValidation(rows);
        var options = new ClassifierTrainingOptions { MaximumEntropyIterations = 10, LinearSvmIterations = 10 };
        var fitter = new CandidateFitter(new MLContext(options.Seed), options);

        var candidates = fitter.Evaluate(fitter.Fit(fit, [.. CandidateEstimators.Singles(options)]), validation);

        var best = candidates.Take(3).OrderByDescending(c => c.Scores.Validation.MacroF1).ToList();
        Assert.Equal(ClassifierKind.LightGbm, best[0].Classifier.Kind);
        Assert.Contains(candidates, c => c.Classifier.Members.Count == 2 && !c.IsLinear);
        Assert.Contains(candidates, c => c.Classifier.Members.Count == 2 && c.IsLinear);
        Assert.All(candidates, c => Assert.Equal(validation.Count, c.ValidationLabels.Count));
    }

    /// <summary>The truth with every <paramref name="n"/>-th row given the next label.</summary>
    private static List<string> WrongEvery(int n) =>
        [.. Truth.Select((label, i) => i % n == 0 ? Labels[(Array.IndexOf(Labels, label) + 1) % Labels.Length] : label)];

    /// <summary>Only the member kinds and validation labels matter to the pick; the models are never run.</summary>
    private static TrainedCandidate Candidate(IReadOnlyList<ClassifierKind> kinds, List<string> validationLabels)
    {
        var members = kinds.Select(k => new CalibratedMember(k, null!, 1d)).ToList();
        var classifier = new TextClassifier(new MLContext(1), null!, members, Labels, AcceptanceRule.RawScores);
        var scores = new CandidateScores(classifier.Kind, new ClassificationScores(0, ClassificationScores.MacroF1Of(Truth, validationLabels), 0, 0, Truth.Count), 0, 0, 1, 0);
        return new TrainedCandidate(classifier, scores, validationLabels);
    }
}
