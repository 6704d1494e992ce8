namespace ProfitPipeline.Profitability;

/// <summary>What a snapshot run did: periods computed, snapshots written new, restated (new version + diff) or unchanged.</summary>
public sealed record SnapshotRunSummary(
    DateOnly AsOf,
    IReadOnlyList<string> Periods,
    int Snapshots,
    int Written,
    int Restated,
    int Unchanged,
    int Flags);
