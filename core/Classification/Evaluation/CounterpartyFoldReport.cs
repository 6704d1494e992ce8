namespace ProfitPipeline.Classification.Evaluation;

/// <summary>The pooled test rows of every counterparty fold.</summary>
public sealed record CounterpartyFoldReport(
    IReadOnlyList<CounterpartyFoldResult> Folds,
    int TestRows,
    double Accuracy,
    double MacroF1,
    AnchorScores MajorityPerCounterparty,
    AnchorScores LinearSvm)
    : PooledReport(TestRows, Accuracy, MacroF1, MajorityPerCounterparty, LinearSvm);

/// <summary>
/// One fold: its rows, how many counterparties it held out, the model picked there, both macro-F1s on its rows, and the share
/// of them auto-accepted with their precision.
/// </summary>
public sealed record CounterpartyFoldResult(int Fold, int TrainRows, int TestRows, int Counterparties, string Picked, double MacroF1, double LinearSvmMacroF1, double Coverage, double AcceptedPrecision);
