using ProfitPipeline.Ledger;

namespace ProfitPipeline.Profitability;

/// <summary>Something a reader should look at, with the measured value, the threshold it crossed and the transactions behind it.</summary>
public sealed record ProfitabilityFlag(
    FlagKind Kind,
    Period Period,
    string Dimension,
    string Member,
    decimal Value,
    decimal Threshold,
    string Detail,
    IReadOnlyList<TransactionId> DrivingTransactions);
