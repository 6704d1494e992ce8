using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification;

/// <summary>
/// The review queue: rows with a tag below its acceptance threshold. A correction becomes a label (for retraining) and a human
/// tag on the row (which no later re-tagging overwrites).
/// </summary>
internal sealed class ReviewQueue(TransactionStore transactions, ImportStore imports, LabelStore labels, TimeProvider time)
{
    public async Task<IReadOnlyList<ReviewItem>> PendingAsync(CancellationToken cancellationToken)
    {
        var pending = await transactions.ReadNeedingReviewAsync(await imports.CompleteImportIdsAsync(cancellationToken), cancellationToken);
        return pending
            .Where(t => t.Tags.NeedsReview)
            .OrderBy(t => t.BookingDate)
            .ThenBy(t => t.Id.Value, StringComparer.Ordinal)
            .Select(ReviewItem.From)
            .ToList();
    }

    /// <summary>Applies corrections; returns the ids that were not found (nothing is applied for those).</summary>
    public async Task<IReadOnlyList<string>> CorrectAsync(IReadOnlyList<ReviewCorrection> corrections, string by, CancellationToken cancellationToken)
    {
        var ledger = (await transactions.ReadAsync(await imports.CompleteImportIdsAsync(cancellationToken), cancellationToken)).ToDictionary(t => t.Id.Value, StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var unknown = corrections.Where(c => !ledger.ContainsKey(c.TransactionId)).Select(c => c.TransactionId).ToList();
        var applied = corrections.Where(c => ledger.ContainsKey(c.TransactionId)).ToList();

        await labels.SaveAsync(applied.Select(c => new TransactionLabel(new TransactionId(c.TransactionId), c.Category, c.Customer, c.Project, by, now)), cancellationToken);
        await transactions.UpdateTagsAsync(
            applied.Select(c =>
            {
                var t = ledger[c.TransactionId];
                return t with
                {
                    Tags = new TransactionTags(
                        Human(c.Category, by) ?? t.Tags.Category,
                        Human(c.Customer, by) ?? t.Tags.Customer,
                        Human(c.Project, by) ?? t.Tags.Project),
                };
            }),
            cancellationToken);
        return unknown;
    }

    private static Tag? Human(string? value, string by) =>
        string.IsNullOrWhiteSpace(value) ? null : new Tag(value.Trim(), TagSource.Human, 1m, "confirmed by " + by) { Accepted = true };
}

/// <summary>A row waiting for review, with its proposed tags (source, confidence, accepted or not).</summary>
public sealed record ReviewItem(
    string TransactionId, DateOnly BookingDate, string Kind, decimal Amount, string Currency, string? Counterparty, string Description, TransactionTags Tags)
{
    internal static ReviewItem From(LedgerTransaction t) =>
        new(t.Id.Value, t.BookingDate, t.Kind.ToString(), t.Amount.Amount, t.Amount.Currency.Value, t.Counterparty, t.Description, t.Tags);
}

/// <summary>A person's answer for one row: the category, customer and/or project it really is.</summary>
public sealed record ReviewCorrection(string TransactionId, string? Category = null, string? Customer = null, string? Project = null);
