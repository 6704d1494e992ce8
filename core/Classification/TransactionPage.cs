namespace ProfitPipeline.Classification;

/// <summary>One page of the transaction listing, and where the next starts (null on the last page).</summary>
public sealed record TransactionPage(IReadOnlyList<ReviewItem> Rows, TransactionCursor? Next);
