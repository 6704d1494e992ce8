namespace ProfitPipeline.Classification.Model;

/// <summary>The picked classifier and every candidate (each with its own threshold set on validation data) with its validation figures.</summary>
internal sealed record ClassifierTrainingResult(TextClassifier Classifier, IReadOnlyList<TrainedCandidate> Candidates);

/// <summary>One candidate classifier and how it did on validation data.</summary>
internal sealed record TrainedCandidate(TextClassifier Classifier, CandidateScores Scores);
