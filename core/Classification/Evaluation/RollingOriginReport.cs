namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// The pooled test rows of every rolling origin: the picked classifiers' accuracy and macro-F1 and each anchor's, with the
/// paired gaps; and how many rows were left out for want of a date.
/// </summary>
public sealed record RollingOriginReport(
    IReadOnlyList<RollingFoldResult> Folds,
    int TestRows,
    int UndatedRows,
    double Accuracy,
    double MacroF1,
    AnchorScores MajorityPerCounterparty,
    AnchorScores LinearSvm)
{
    /// <summary>Per label over the pooled blocks: the picked classifiers against the linear SVM anchor.</summary>
    public IReadOnlyList<LabelComparison> Labels { get; init; } = [];
}

/// <summary>One origin: how many rows trained and tested, the first test date, the model picked there (ensembles by their members) and both macro-F1s on its block.</summary>
public sealed record RollingFoldResult(double Cut, int TrainRows, int TestRows, DateOnly FirstTestDate, string Picked, double MacroF1, double LinearSvmMacroF1);
