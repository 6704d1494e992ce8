namespace ProfitPipeline.Ledger;

/// <summary>A parsed transaction with its identity in the ledger and its tags.</summary>
public sealed record LedgerTransaction : ParsedTransaction
{
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public LedgerTransaction(ParsedTransaction parsed, TransactionId id, SourceLocation source)
        : base(parsed)
    {
        Id = id;
        Source = source;
    }

    public TransactionId Id { get; init; }

    public SourceLocation Source { get; init; }

    public TransactionTags Tags { get; init; } = TransactionTags.None;
}
