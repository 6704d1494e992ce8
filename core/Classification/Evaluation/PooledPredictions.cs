using Microsoft.Extensions.Logging;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// The test rows of several folds, each predicted by the classifier and both anchors trained on that fold's training rows,
/// pooled so that one paired comparison covers them all.
/// </summary>
internal sealed class PooledPredictions(ClassifierTrainingOptions options, ILogger logger)
{
    private readonly List<string> _truth = [];
    private readonly List<string> _svm = [];
    private readonly List<string> _majority = [];
    private readonly List<ClassPrediction> _predictions = [];

    public int Rows => _truth.Count;

    /// <summary>Accuracy, macro-F1, and the coverage and precision of the rows each fold's classifier auto-accepted.</summary>
    public ClassificationScores Scores => ClassificationScores.Measure(_truth, _predictions);

    public AnchorScores MajorityPerCounterparty => AnchorScores.Of(_truth, _majority, Picked);

    public AnchorScores LinearSvm => AnchorScores.Of(_truth, _svm, Picked);

    public IReadOnlyList<LabelComparison> Labels => LabelComparison.Of(_truth, Picked, _svm);

    public Reliability Reliability => Reliability.Of(_truth, _predictions);

    private List<string> Picked => [.. _predictions.Select(p => p.Label)];

    /// <summary>Trains on <paramref name="train"/>, predicts <paramref name="test"/> with the picked classifier and both anchors, and pools the predictions.</summary>
    /// <param name="describe">What the fold is, for the error when its training rows carry fewer than two labels.</param>
    public FoldOutcome Add(IReadOnlyList<LabelledExample> train, IReadOnlyList<LabelledExample> test, string describe)
    {
        var anchor = LinearSvmAnchor.StartTraining(train, test, options.Seed);
        var trained = new ClassifierTrainer(options, logger).Train(train)
            ?? throw new InvalidDataException($"The training rows of {describe} carry fewer than two labels.");
        var truth = test.Select(e => e.Label).ToList();
        var predictions = trained.Classifier.Predict([.. test.Select(e => e.Example)]);
        var svm = anchor.GetAwaiter().GetResult();
        var majority = new CounterpartyMajorityAnchor(train);
        _truth.AddRange(truth);
        _predictions.AddRange(predictions);
        _svm.AddRange(svm);
        _majority.AddRange(test.Select(majority.Predict));
        var scores = ClassificationScores.Measure(truth, predictions);
        var spotChecks = SpotCheckReplay.Of(truth, predictions, [.. test.Select(e => e.Example.Date)], options.TargetPrecision);
        return new FoldOutcome(trained.Classifier.Name, scores.MacroF1, ClassificationScores.MacroF1Of(truth, svm), scores.Coverage, scores.AcceptedPrecision, spotChecks);
    }
}

/// <summary>
/// One fold: the model picked there (ensembles by their members), both macro-F1s on its test rows, the share of them
/// auto-accepted with their precision, and what spot checks of those would have done.
/// </summary>
internal sealed record FoldOutcome(string Picked, double MacroF1, double LinearSvmMacroF1, double Coverage, double AcceptedPrecision, IReadOnlyList<SpotCheckReplay> SpotChecks);
