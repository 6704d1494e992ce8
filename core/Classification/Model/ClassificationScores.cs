namespace ProfitPipeline.Classification.Model;

/// <summary>Accuracy, macro-F1 (over every label that is true or predicted), and coverage/precision of the auto-accepted rows.</summary>
public sealed record ClassificationScores(double Accuracy, double MacroF1, double Coverage, double AcceptedPrecision, int Rows)
{
    /// <summary>Scores over no rows: what a model that could not be validated has.</summary>
    public static ClassificationScores None { get; } = new(0, 0, 0, 0, 0);

    internal static ClassificationScores Measure(IReadOnlyList<string> truth, IReadOnlyList<ClassPrediction> predictions)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(predictions.Count, truth.Count);
        var n = truth.Count;
        if (n == 0)
        {
            return None;
        }

        var predicted = predictions.Select(p => p.Label).ToList();
        var accepted = Enumerable.Range(0, n).Where(i => predictions[i].Accepted).ToList();
        var acceptedCorrect = accepted.Count(i => string.Equals(truth[i], predicted[i], StringComparison.Ordinal));
        return new ClassificationScores(
            AccuracyOf(truth, predicted),
            MacroF1Of(truth, predicted),
            (double)accepted.Count / n,
            accepted.Count == 0 ? 0 : (double)acceptedCorrect / accepted.Count,
            n);
    }

    internal static double AccuracyOf(IReadOnlyList<string> truth, IReadOnlyList<string> predicted) =>
        truth.Count == 0 ? 0d : Enumerable.Range(0, truth.Count).Count(i => string.Equals(truth[i], predicted[i], StringComparison.Ordinal)) / (double)truth.Count;

    internal static double MacroF1Of(IReadOnlyList<string> truth, IReadOnlyList<string> predicted) => LabelCounts.MacroF1Of(truth, predicted);
}
