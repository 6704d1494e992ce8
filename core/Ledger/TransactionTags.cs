namespace ProfitPipeline.Ledger;

/// <summary>The tags classification fills in: what a transaction is, and whom and which project it is for.</summary>
public sealed record TransactionTags(Tag? Category = null, Tag? Customer = null, Tag? Project = null)
{
    public static TransactionTags None { get; } = new();

    public bool NeedsReview =>
        Category is { Accepted: false } || Customer is { Accepted: false } || Project is { Accepted: false };
}
