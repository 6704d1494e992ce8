namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// The pooled test rows of several folds: the picked classifiers' accuracy and macro-F1, each anchor's with the paired gap,
/// and per label the picked classifiers against the linear SVM anchor.
/// </summary>
public abstract record PooledReport(int TestRows, double Accuracy, double MacroF1, AnchorScores MajorityPerCounterparty, AnchorScores LinearSvm)
{
    public IReadOnlyList<LabelComparison> Labels { get; init; } = [];
}
