namespace ProfitPipeline.Classification;

/// <summary>One page of the review queue (oldest first), where the next starts (null on the last page), and how many rows wait in all.</summary>
public sealed record ReviewPage(IReadOnlyList<ReviewItem> Rows, TransactionCursor? Next, int Waiting);
