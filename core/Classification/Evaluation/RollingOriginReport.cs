namespace ProfitPipeline.Classification.Evaluation;

/// <summary>The pooled blocks of every rolling origin, and how many rows were left out for want of a date.</summary>
public sealed record RollingOriginReport(
    IReadOnlyList<RollingFoldResult> Folds,
    int TestRows,
    int UndatedRows,
    double Accuracy,
    double MacroF1,
    AnchorScores MajorityPerCounterparty,
    AnchorScores LinearSvm)
    : PooledReport(TestRows, Accuracy, MacroF1, MajorityPerCounterparty, LinearSvm);

/// <summary>
/// One origin: how many rows trained and tested, the first test date, the model picked there (ensembles by their members),
/// both macro-F1s on its block, and the share of the block auto-accepted with their precision.
/// </summary>
public sealed record RollingFoldResult(double Cut, int TrainRows, int TestRows, DateOnly FirstTestDate, string Picked, double MacroF1, double LinearSvmMacroF1, double Coverage, double AcceptedPrecision)
{
    /// <summary>What spot checks of the block's accepted rows, in date order, would have done to its model (<see cref="SpotCheckReplay"/>).</summary>
    public IReadOnlyList<SpotCheckReplay> SpotChecks { get; init; } = [];
}
