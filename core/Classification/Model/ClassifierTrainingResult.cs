namespace ProfitPipeline.Classification.Model;

/// <summary>
/// The picked classifier and why it was picked, and every candidate (each with its own threshold set on validation data) with
/// its validation figures.
/// </summary>
internal sealed record ClassifierTrainingResult(TextClassifier Classifier, IReadOnlyList<TrainedCandidate> Candidates, string PickedBecause);

/// <summary>One candidate classifier, how it did on validation data, and its label for each validation row.</summary>
internal sealed record TrainedCandidate(TextClassifier Classifier, CandidateScores Scores, IReadOnlyList<string> ValidationLabels)
{
    /// <summary>Scored by <see cref="LinearChunkScorer"/> alone: no trees, so about 40 times the batch throughput of a LightGBM member.</summary>
    public bool IsLinear => Classifier.Members.Concat(Classifier.Referees).All(m => m.Kind is not ClassifierKind.LightGbm);
}
