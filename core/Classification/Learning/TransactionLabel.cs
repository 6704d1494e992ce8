using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Learning;

/// <summary>A person's confirmation or correction of a transaction's tags: what they said, who, and when.</summary>
public sealed record TransactionLabel(TransactionId TransactionId, string? Category, string? Customer, string? Project, string By, DateTimeOffset At);
