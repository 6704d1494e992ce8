using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification;

/// <summary>Lists the ledger rows a <see cref="TransactionFilter"/> selects, newest first, with their tags, a page at a time.</summary>
internal sealed class TransactionSearch(TransactionStore transactions, ImportStore imports, CategoryChart chart)
{
    /// <summary>
    /// Up to the filter's limit of rows after its cursor, and the cursor of the next page when more rows match; an unusable filter
    /// (see <see cref="TransactionFilter.ProblemWith"/>) throws <see cref="ArgumentException"/> saying why.
    /// </summary>
    public async Task<TransactionPage> FindAsync(TransactionFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.ProblemWith(chart) is { } problem)
        {
            throw new ArgumentException(problem);
        }

        var category = string.IsNullOrWhiteSpace(filter.Category) ? null : chart.Find(filter.Category)!.Id;
        // A cursor bounds the dates too: the rest of the listing is booked on or before its row.
        var to = filter.After is { } after && (filter.To is null || after.BookingDate < filter.To) ? after.BookingDate : filter.To;
        var ledger = await transactions.ReadBookedAsync(await imports.CompleteImportIdsAsync(cancellationToken), filter.From, to, filter.Kind, cancellationToken);
        var rows = ledger
            .Where(t => Selects(filter, category, t) && (filter.After is null || filter.After.Precedes(t.BookingDate, t.Id.Value)))
            .OrderByDescending(t => t.BookingDate)
            .ThenBy(t => t.Id.Value, StringComparer.Ordinal)
            .Take(filter.Limit + 1)
            .Select(ReviewItem.From)
            .ToList();
        return rows.Count > filter.Limit
            ? new TransactionPage(rows[..filter.Limit], TransactionCursor.After(rows[filter.Limit - 1]))
            : new TransactionPage(rows, null);
    }

    private static bool Selects(TransactionFilter filter, string? category, LedgerTransaction t) =>
        (filter.Kind is null || t.Kind == filter.Kind)
        && (filter.From is null || t.BookingDate >= filter.From)
        && (filter.To is null || t.BookingDate <= filter.To)
        && (category is null || string.Equals(t.Tags.Category?.Value, category, StringComparison.Ordinal))
        && (filter.Source is null || t.Tags.Category?.Source == filter.Source)
        && (string.IsNullOrWhiteSpace(filter.Text) || Contains(t.Counterparty, filter.Text) || Contains(t.Description, filter.Text));

    private static bool Contains(string? text, string part) => text?.Contains(part.Trim(), StringComparison.OrdinalIgnoreCase) == true;
}
