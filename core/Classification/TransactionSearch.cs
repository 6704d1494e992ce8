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

        var untagged = filter.SelectsUntagged(chart);
        var category = string.IsNullOrWhiteSpace(filter.Category) || untagged ? null : chart.Find(filter.Category)!.Id;
        var complete = await imports.CompleteImportIdsAsync(cancellationToken);
        var earliest = await transactions.FirstBookedMonthAsync(cancellationToken);
        var floor = Latest(earliest, filter.From is { } from ? FirstOfMonth(from) : null);

        // A cursor bounds the dates too: the rest of the listing is booked on or before its row.
        DateOnly? end = filter.After is { } after && (filter.To is null || after.BookingDate < filter.To) ? after.BookingDate : filter.To;
        var rows = new List<ReviewItem>();
        void Add(IEnumerable<LedgerTransaction> window) => rows.AddRange(window
            .Where(t => Selects(filter, category, t) && (!untagged || t.Tags.Category is null))
            .OrderByDescending(t => t.BookingDate)
            .ThenBy(t => t.Id.Value, StringComparer.Ordinal)
            .Select(ReviewItem.From));

        if (floor is { } earliestMonth && end is null)
        {
            // Open-ended: rows booked after the current month (post-dated) come first, then the months up to this one.
            var thisMonth = FirstOfMonth(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
            Add(await transactions.ReadBookedAsync(complete, Latest(thisMonth.AddMonths(1), earliestMonth), null, filter.Kind, filter.Text, cancellationToken));
            end = thisMonth.AddMonths(1).AddDays(-1);
        }

        var (months, monthsRead) = (FirstWindowMonths, 0);
        while (floor is { } first && end is { } last && last >= first && rows.Count <= filter.Limit)
        {
            // Windows are disjoint runs of whole months, newest first, so their rows, each sorted, are the listing in order.
            var windowStart = Latest(FirstOfMonth(last).AddMonths(1 - months), first)!.Value;
            Add(await transactions.ReadBookedAsync(complete, windowStart, last, filter.Kind, filter.Text, cancellationToken));
            monthsRead += ((last.Year - windowStart.Year) * 12) + last.Month - windowStart.Month + 1;
            end = windowStart.AddDays(-1);
            months = NextWindowMonths(months, monthsRead, rows.Count, filter.Limit + 1);
        }

        return rows.Count > filter.Limit
            ? new TransactionPage(rows[..filter.Limit], TransactionCursor.After(rows[filter.Limit - 1]))
            : new TransactionPage(rows, null);
    }

    /// <summary>
    /// As many months as the rows found so far say the rest of the page needs, and a fifth more so that a month a little thinner
    /// than the average does not cost another round; never more than twice the last window, so a filter that matches little
    /// still reaches the earliest month in a few windows without reading it all at once for the first page.
    /// </summary>
    private static int NextWindowMonths(int lastWindow, int monthsRead, int found, int wanted)
    {
        if (found == 0)
        {
            return lastWindow * 2;
        }

        var estimate = (int)Math.Ceiling(1.2 * (wanted - found) * monthsRead / found);
        return Math.Clamp(estimate, 1, lastWindow * 2);
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
