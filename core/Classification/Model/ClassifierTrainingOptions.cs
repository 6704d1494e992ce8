namespace ProfitPipeline.Classification.Model;

/// <summary>Caps that keep training of hundreds of classes on tens of thousands of rows to minutes on two cores.</summary>
public sealed record ClassifierTrainingOptions
{
    public double TargetPrecision { get; init; } = 0.95;

    /// <summary>Fewer accepted validation rows than this set no threshold.</summary>
    public int MinimumAcceptedRows { get; init; } = AcceptanceThreshold.DefaultMinimumAccepted;

    /// <summary>
    /// Labels with fewer training rows are pooled under <see cref="TextClassifier.UnknownLabel"/>. One keeps every label: a label
    /// seen once is still the best guess for text that matches it, and macro-F1 counts it as much as any other.
    /// </summary>
    public int MinimumLabelRows { get; init; } = 1;

    public int MaximumEntropyIterations { get; init; } = 15;

    public int LinearSvmIterations { get; init; } = 15;

    /// <summary>
    /// The linear SVM's passes once rows times labels exceed <see cref="LargeTrainingSize"/>. SDCA stops when its duality gap
    /// falls under a tenth of the loss, which the hinge loss never reaches on text (the loss nears zero, the gap does not), so
    /// the SVM always runs its cap, and each pass costs a multiply per label per feature per row. On Oxford's time split
    /// (40,825 rows, 232 labels) 8 passes score as 15 do (macro-F1 0.380 against 0.379) in 110 s of training instead of 203 s;
    /// on small data the passes are cheap and are all kept.
    /// </summary>
    public int LinearSvmIterationsAtScale { get; init; } = 8;

    /// <summary>Rows times labels above which training counts as large (<see cref="LinearSvmIterationsAtScale"/>).</summary>
    public long LargeTrainingSize { get; init; } = 1_000_000;

    public int LightGbmIterations { get; init; } = 30;

    public int LightGbmLeaves { get; init; } = 16;

    public bool IncludeLightGbm { get; init; } = true;

    /// <summary>Candidates are compared on a label-stratified sample of at most this many training rows; the winner then trains on all.</summary>
    public int ComparisonRows { get; init; } = 8_000;

    /// <summary>Whether the picked model is refitted on training and validation rows together, keeping the validation calibration.</summary>
    public bool RefitOnAllRows { get; init; } = true;

    public int Threads { get; init; } = 2;

    public int Seed { get; init; } = 17;

    /// <summary>The linear SVM's passes for <paramref name="rows"/> training rows of <paramref name="labels"/> labels.</summary>
    public int LinearSvmIterationsFor(int rows, int labels) =>
        (long)rows * labels > LargeTrainingSize ? Math.Min(LinearSvmIterations, LinearSvmIterationsAtScale) : LinearSvmIterations;
}
