using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Learning;

/// <summary>A person's confirmation or correction of a transaction's tags: what they said, who, and when.</summary>
public sealed record TransactionLabel(TransactionId TransactionId, string? Category, string? Customer, string? Project, string By, DateTimeOffset At)
{
    /// <summary>When the row was a spot check: the model's accepted category the person answered on (<see cref="SpotChecks"/>).</summary>
    public SpotCheckedTag? SpotChecked { get; init; }
}

/// <summary>
/// A model's accepted category a person was asked to check: which model version proposed which category, and when the person
/// answered it (a later answer on the row, its project say, moves the label's time but not this one; null in labels stored
/// before it was kept).
/// </summary>
public sealed record SpotCheckedTag(string ModelVersion, string ProposedCategory, DateTimeOffset? AnsweredAt = null);
