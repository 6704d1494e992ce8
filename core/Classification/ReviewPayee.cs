using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification;

/// <summary>
/// Waiting rows that one remembered answer clears: a counterparty (or, for rows without one, a text with its numbers aside)
/// and a kind, as <see cref="RememberedRule"/> would tag them. Answering <see cref="TransactionId"/> with "remember"
/// tags the rest, and later rows like them, the same way.
/// </summary>
/// <param name="Payee">The counterparty, or the text of rows without one; empty for rows with neither, which must be answered one by one.</param>
/// <param name="Kind">The rows' kind (a payee's refunds are not its purchases).</param>
/// <param name="Waiting">How many of its rows wait.</param>
/// <param name="First">The oldest waiting row's booking date.</param>
/// <param name="Last">The newest waiting row's booking date.</param>
/// <param name="Proposed">The category proposed most often among them; null when none was.</param>
/// <param name="TransactionId">The oldest waiting row: the one to answer.</param>
public sealed record ReviewPayee(string Payee, string Kind, int Waiting, DateOnly First, DateOnly Last, string? Proposed, string TransactionId)
{
    /// <summary>One group's waiting rows, oldest first.</summary>
    internal static ReviewPayee Of(IReadOnlyList<LedgerTransaction> rows)
    {
        var oldest = rows[0];
        var payee = RememberedRule.Matching(oldest) switch
        {
            null => string.Empty,
            { Field: RuleTextField.Counterparty } => oldest.Counterparty!.Trim(),
            _ => oldest.Description.Trim(),
        };
        var proposed = rows
            .Select(t => t.Tags.Category)
            .OfType<Tag>()
            .Where(tag => !tag.Accepted)
            .GroupBy(tag => tag.Value, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault()?.Key;
        return new ReviewPayee(payee, oldest.Kind.ToString(), rows.Count, oldest.BookingDate, rows[^1].BookingDate, proposed, oldest.Id.Value);
    }
}
