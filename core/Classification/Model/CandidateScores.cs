namespace ProfitPipeline.Classification.Model;

/// <summary>How one candidate did on validation data: scores, calibration error before and after temperature scaling, training time.</summary>
public sealed record CandidateScores(
    ClassifierKind Kind,
    ClassificationScores Validation,
    double CalibrationErrorRaw,
    double CalibrationErrorCalibrated,
    double Temperature,
    double TrainingSeconds);
