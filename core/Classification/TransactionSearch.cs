using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification;

/// <summary>
/// Lists the ledger rows a <see cref="TransactionFilter"/> selects, newest first, with their tags, a page at a time. It reads
/// the ledger a window of booking months at a time, newest first, and stops once a page is full: a page of recent rows reads
/// the last few months, not the whole ledger.
/// </summary>
internal sealed class TransactionSearch(TransactionStore transactions, ImportStore imports, CategoryChart chart, TimeProvider time)
{
    /// <summary>The first window: the current month and the two before it, and anything booked later.</summary>
    private const int FirstWindowMonths = 3;

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
        var complete = await imports.CompleteImportIdsAsync(cancellationToken);
        var earliest = await transactions.FirstBookedMonthAsync(cancellationToken);
        var floor = Latest(earliest, filter.From is { } from ? FirstOfMonth(from) : null);

        // A cursor bounds the dates too: the rest of the listing is booked on or before its row.
        DateOnly? end = filter.After is { } after && (filter.To is null || after.BookingDate < filter.To) ? after.BookingDate : filter.To;
        var months = FirstWindowMonths;
        var start = FirstOfMonth(end ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).AddMonths(1 - months);
        var rows = new List<ReviewItem>();
        while (floor is { } first && (end is null || end >= first) && rows.Count <= filter.Limit)
        {
            // Windows are disjoint runs of whole months, newest first, so their rows, each sorted, are the listing in order.
            var windowStart = start < first ? first : start;
            var window = await transactions.ReadBookedAsync(complete, windowStart, end, filter.Kind, cancellationToken);
            rows.AddRange(window
                .Where(t => Selects(filter, category, t))
                .OrderByDescending(t => t.BookingDate)
                .ThenBy(t => t.Id.Value, StringComparer.Ordinal)
                .Select(ReviewItem.From));
            end = windowStart.AddDays(-1);
            months *= 2;
            start = windowStart.AddMonths(-months);
        }

        return rows.Count > filter.Limit
            ? new TransactionPage(rows[..filter.Limit], TransactionCursor.After(rows[filter.Limit - 1]))
            : new TransactionPage(rows, null);
    }

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    private static DateOnly? Latest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static bool Selects(TransactionFilter filter, string? category, LedgerTransaction t) =>
        (filter.Kind is null || t.Kind == filter.Kind)
        && (filter.From is null || t.BookingDate >= filter.From)
        && (filter.To is null || t.BookingDate <= filter.To)
        && (category is null || string.Equals(t.Tags.Category?.Value, category, StringComparison.Ordinal))
        && (filter.Source is null || t.Tags.Category?.Source == filter.Source)
        && (string.IsNullOrWhiteSpace(filter.Text) || Contains(t.Counterparty, filter.Text) || Contains(t.Description, filter.Text))
        && (filter.After is null || filter.After.Precedes(t.BookingDate, t.Id.Value));

    private static bool Contains(string? text, string part) => text?.Contains(part.Trim(), StringComparison.OrdinalIgnoreCase) == true;
}
