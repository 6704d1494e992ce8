namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// The pooled test rows of several folds: the picked classifiers' accuracy and macro-F1, each anchor's with the paired gap,
/// per label the picked classifiers against the linear SVM anchor, and how far their auto-acceptance and shown confidence
/// held on rows each fold's models never saw.
/// </summary>
public abstract record PooledReport(int TestRows, double Accuracy, double MacroF1, AnchorScores MajorityPerCounterparty, AnchorScores LinearSvm)
{
    public IReadOnlyList<LabelComparison> Labels { get; init; } = [];

    /// <summary>The share of pooled test rows each fold's classifier auto-accepted, by the threshold set on its own validation rows.</summary>
    public double CoverageAt95 { get; init; }

    /// <summary>The share of the auto-accepted pooled rows that were right (0 when none was accepted).</summary>
    public double PrecisionAt95 { get; init; }

    /// <summary>The shown confidence of the pooled rows against how often they were right.</summary>
    public Reliability? Reliability { get; init; }
}
