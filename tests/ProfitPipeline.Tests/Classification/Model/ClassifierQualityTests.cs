using Microsoft.Extensions.Logging;
using ProfitPipeline.Classification.Evaluation;
using ProfitPipeline.Classification.Model;
using ProfitPipeline.Tests.Logging;

namespace ProfitPipeline.Tests.Classification.Model;

/// <summary>On a sample of Oxford City Council payments (accountant-assigned categories), split so test suppliers are unseen.</summary>
public sealed class ClassifierQualityTests
{
    private static ClassifierTrainingOptions Fast => OxfordSample.FastOptions;

    private static List<LabelledExample> Sample() => OxfordSample.Rows();

    [Fact]
    public void SplitByCounterparty_ModelBeatsMajorityPerCounterpartyAnchor()
    {
        var (train, test) = HoldoutSplit.ByGroup(Sample(), e => e.Counterparty, 0.25);

        var report = new EvaluationRunner(Fast).Run(train, test);

        Assert.Equal(2500, report.TrainRows + report.TestRows);
        Assert.True(report.MacroF1 > report.MajorityPerCounterparty.MacroF1, $"model {report.MacroF1:0.###} vs anchor {report.MajorityPerCounterparty.MacroF1:0.###}");
        Assert.True(report.Accuracy > report.MajorityPerCounterparty.Accuracy, $"model {report.Accuracy:0.###} vs anchor {report.Accuracy:0.###}");
        Assert.Equal([ClassifierKind.MaximumEntropy, ClassifierKind.LinearSvm, ClassifierKind.LightGbm, ClassifierKind.Ensemble], report.Models.Select(m => m.Kind));
    }

    [Fact]
    public void Thresholds_LowerBoundOfValidationPrecisionReachesTarget()
    {
        var (fit, validation) = HoldoutSplit.ForValidation(Sample());

        var result = new ClassifierTrainer(Fast with { RefitOnAllRows = false }).Train(fit, validation, TestContext.Current.CancellationToken)!;

        foreach (var candidate in result.Candidates)
        {
            var predictions = candidate.Classifier.Predict([.. validation.Select(e => e.Example)]);
            var accepted = predictions.Select((p, i) => (p, Truth: validation[i].Label)).Where(x => x.p.Accepted).ToList();
            var right = accepted.Count(x => x.p.Label == x.Truth);
            Assert.True(
                accepted.Count == 0 || (accepted.Count >= Fast.MinimumAcceptedRows && AcceptanceThreshold.WilsonLowerBound(right, accepted.Count) >= 0.95),
                $"{candidate.Scores.Kind}: {right} of {accepted.Count}");
        }

        Assert.Contains(result.Candidates, c => c.Scores.Kind == result.Classifier.Kind);
    }

    [Fact]
    public void LargeTrainingSet_CandidatesComparedOnASample_PickedOneRefittedOnAllRows()
    {
        var (fit, validation) = HoldoutSplit.ForValidation(Sample());

        var result = new ClassifierTrainer(Fast with { ComparisonRows = 500, IncludeLightGbm = false }).Train(fit, validation, TestContext.Current.CancellationToken)!;

        var picked = result.Candidates.Single(c => c.Scores.Kind == result.Classifier.Kind);
        Assert.Same(result.Classifier, picked.Classifier);
        Assert.True(result.Classifier.Labels.Count > result.Candidates.First(c => c != picked).Classifier.Labels.Count, "the refit sees labels the sample lacked");
    }

    [Fact]
    public void SameRowsTwice_SameModelAndSamePredictions()
    {
        var (fit, validation) = HoldoutSplit.ForValidation(Sample());
        var examples = validation.Select(e => e.Example).ToList();

        // Compared on a sample, so the winner's fit on the training rows and its refit on every row run side by side.
        var options = Fast with { ComparisonRows = 500 };
        var first = new ClassifierTrainer(options).Train(fit, validation, TestContext.Current.CancellationToken)!;
        var second = new ClassifierTrainer(options).Train(fit, validation, TestContext.Current.CancellationToken)!;

        Assert.Equal(first.Classifier.Name, second.Classifier.Name);
        Assert.Equal(first.Candidates.Select(c => c.Scores.Validation), second.Candidates.Select(c => c.Scores.Validation));
        Assert.Equal(first.Classifier.Predict(examples), second.Classifier.Predict(examples));
    }

    [Fact]
    public void NoMemoryForTheRefitBeside_RefitRunsAfterToTheSameModel()
    {
        var (fit, validation) = HoldoutSplit.ForValidation(Sample());
        var examples = validation.Select(e => e.Example).ToList();
        var options = Fast with { ComparisonRows = 500 };
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(logging => logging.AddProvider(logs));

        var beside = new ClassifierTrainer(options with { MemoryForRefitBeside = long.MaxValue }).Train(fit, validation, TestContext.Current.CancellationToken)!;
        var after = new ClassifierTrainer(options with { MemoryForRefitBeside = 0 }, factory.CreateLogger<ClassifierTrainer>()).Train(fit, validation, TestContext.Current.CancellationToken)!;

        var allRows = fit.Count + validation.Count;
        Assert.Contains(logs.Messages, m => m.Contains($"Refitting on all {allRows} rows after the threshold's fit", StringComparison.Ordinal));

        // After, the refit fits only the kinds the threshold's form uses (beside, it fits maximum entropy too, in case).
        var refitted = logs.Messages.Select(m => m.Split('|')[2]).Where(m => m.Contains($" on {allRows} rows in ", StringComparison.Ordinal)).Select(m => m.Split(' ')[1]);
        Assert.Equal(after.Classifier.TrainedKinds.Select(k => k.ToString()).Order(StringComparer.Ordinal), refitted.Order(StringComparer.Ordinal));
        Assert.Equal(beside.Classifier.Name, after.Classifier.Name);
        Assert.Equal(beside.Candidates.Select(c => c.Scores.Validation), after.Candidates.Select(c => c.Scores.Validation));
        Assert.Equal(beside.Classifier.Predict(examples), after.Classifier.Predict(examples));
    }

    [Fact]
    public void SavedClassifier_LoadsAndPredictsTheSame()
    {
        var rows = Sample();
        var (fit, validation) = HoldoutSplit.ForValidation(rows);
        var classifier = new ClassifierTrainer(Fast).Train(fit, validation, TestContext.Current.CancellationToken)!.Classifier;
        using var stream = new MemoryStream();

        classifier.Save(stream);
        stream.Position = 0;
        var loaded = TextClassifier.Load(new Microsoft.ML.MLContext(3), stream);

        var examples = validation.Take(50).Select(e => e.Example).ToList();
        Assert.Equal(classifier.Predict(examples), loaded.Predict(examples));
        Assert.Equal(classifier.Novelty!.Known.Order(StringComparer.Ordinal), loaded.Novelty!.Known.Order(StringComparer.Ordinal));
        AssertSameRule(classifier.Acceptance, loaded.Acceptance);
        AssertSameRule(classifier.Novelty.Acceptance, loaded.Novelty.Acceptance);
    }

    private static void AssertSameRule(AcceptanceRule expected, AcceptanceRule actual)
    {
        Assert.Equal(expected.Threshold, actual.Threshold);
        foreach (var (saved, read) in new[] { (expected.Bound, actual.Bound), (expected.DisplayBound, actual.DisplayBound), (expected.ShownBound, actual.ShownBound) })
        {
            Assert.NotNull(saved);
            Assert.Equal(saved.Scores, read!.Scores);
            Assert.Equal(saved.Bounds, read.Bounds);
        }
    }
}
