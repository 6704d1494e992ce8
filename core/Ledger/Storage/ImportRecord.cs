namespace ProfitPipeline.Ledger.Storage;

/// <summary>An import's row in the imports table. <see cref="ETag"/> guards every state change.</summary>
internal sealed record ImportRecord(
    ImportId Id,
    string FileName,
    string Status,
    DateTimeOffset ClaimedAt,
    DateTimeOffset? CompletedAt,
    string? Format,
    int Transactions,
    int Duplicates,
    int Rejected,
    string ETag)
{
    public const string Claimed = "claimed";
    public const string Complete = "complete";
    public const string Quarantined = "quarantined";
}
