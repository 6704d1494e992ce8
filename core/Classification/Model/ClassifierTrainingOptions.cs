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

    public int LightGbmIterations { get; init; } = 30;

    public int LightGbmLeaves { get; init; } = 16;

    public bool IncludeLightGbm { get; init; } = true;

    /// <summary>Candidates are compared on a label-stratified sample of at most this many training rows; the winner then trains on all.</summary>
    public int ComparisonRows { get; init; } = 8_000;

    /// <summary>Whether the picked model is refitted on training and validation rows together, keeping the validation calibration.</summary>
    public bool RefitOnAllRows { get; init; } = true;

    /// <summary>
    /// Threads per trainer. One, so the same rows and seed give the same model: SDCA on two threads updates shared weights in
    /// whatever order the scheduler runs them, and Hack Club's rolling origins scored 0.485-0.507 from run to run of the same
    /// code, which decided "ahead beyond noise" as often as the models did. The second core fits the winner's refit beside its
    /// threshold's fit (<see cref="ClassifierTrainer"/>) and, in an evaluation, the anchor.
    /// </summary>
    public int Threads { get; init; } = 1;

    /// <summary>
    /// Bytes the winner's refit may take to run beside its threshold's fit; null for half of what the process can still use
    /// (<see cref="RefitMemory.Spare"/>). When its estimate does not fit, the refit runs after, to the same model.
    /// </summary>
    public long? MemoryForRefitBeside { get; init; }

    public int Seed { get; init; } = 17;
}
