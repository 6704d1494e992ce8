using ProfitPipeline.Ledger;
using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Profitability;

/// <summary>
/// One period's share of what its rows accumulate, in the order a single pass over all inputs would add it: the entries dated in
/// it, the invoices issued in it, the settlements paid in it, the cost-to-serve tallies counted in it. Split once, so the periods
/// can then be filled in parallel with exactly the rows (and row order) the sequential pass gave.
/// </summary>
internal sealed class PeriodBucket
{
    private List<LedgerEntry> _entries = [];
    private readonly List<(string Customer, string Project)> _invoices = [];
    private readonly List<(InvoiceSettlement Settled, string Project, string Category)> _settlements = [];
    private readonly List<(string Customer, CostToServeCounter.Tally Tally)> _tallies = [];

    /// <summary>Splits the inputs by the period (one of <paramref name="periods"/>, in order) they count in; others are dropped.</summary>
    public static PeriodBucket[] Split(
        IReadOnlyList<PeriodRows> periods,
        List<LedgerEntry> entries,
        IReadOnlyList<LedgerTransaction> transactions,
        CustomerId?[] resolved,
        ReconciliationResult reconciliation,
        Dictionary<(Period Period, string Customer), CostToServeCounter.Tally> tallies)
    {
        var buckets = new PeriodBucket[periods.Count];
        var starts = new int[periods.Count];
        var ends = new int[periods.Count];
        for (var i = 0; i < periods.Count; i++)
        {
            buckets[i] = new PeriodBucket();
            starts[i] = periods[i].Period.Start.DayNumber;
            ends[i] = periods[i].Period.EndExclusive.DayNumber;
        }

        // The periods are ordered and do not overlap: the last one starting on or before a day is the only one that can hold it.
        int IndexOf(DateOnly date)
        {
            var found = Array.BinarySearch(starts, date.DayNumber);
            var i = found >= 0 ? found : ~found - 1;
            return i >= 0 && date.DayNumber < ends[i] ? i : -1;
        }

        // The entries, the invoices with their settlements and the tallies go to their buckets independently: three parts at once.
        Parallel.Invoke(
            () => SplitEntries(buckets, entries, IndexOf),
            () => SplitInvoices(buckets, transactions, resolved, reconciliation, IndexOf),
            () => SplitTallies(buckets, tallies, IndexOf));
        return buckets;
    }

    private static void SplitEntries(PeriodBucket[] buckets, List<LedgerEntry> entries, Func<DateOnly, int> indexOf)
    {
        // Each entry's period once, then lists of exactly the right size: a million entries would otherwise regrow them all.
        var entryPeriods = new int[entries.Count];
        var counts = new int[buckets.Length];
        for (var e = 0; e < entries.Count; e++)
        {
            var i = entryPeriods[e] = indexOf(entries[e].Date);
            if (i >= 0)
            {
                counts[i]++;
            }
        }

        for (var i = 0; i < buckets.Length; i++)
        {
            buckets[i]._entries = new List<LedgerEntry>(counts[i]);
        }

        for (var e = 0; e < entries.Count; e++)
        {
            if (entryPeriods[e] is >= 0 and var i)
            {
                buckets[i]._entries.Add(entries[e]);
            }
        }
    }

    private static void SplitInvoices(
        PeriodBucket[] buckets, IReadOnlyList<LedgerTransaction> transactions, CustomerId?[] resolved, ReconciliationResult reconciliation, Func<DateOnly, int> indexOf)
    {
        var invoices = new Dictionary<TransactionId, LedgerTransaction>();
        for (var t = 0; t < transactions.Count; t++)
        {
            var invoice = transactions[t];
            if (invoice.Kind != TransactionKind.Invoice)
            {
                continue;
            }

            invoices.Add(invoice.Id, invoice);
            if (indexOf(invoice.BookingDate) is >= 0 and var i)
            {
                buckets[i]._invoices.Add((resolved[t]?.Value ?? Dimensions.Unassigned, Attributes.Project(invoice) ?? Dimensions.None));
            }
        }

        // An invoice's payment counts in the period it became fully paid.
        foreach (var settled in reconciliation.Invoices)
        {
            if (settled.PaidDate is { } paid && indexOf(paid) is >= 0 and var i)
            {
                var invoice = invoices[settled.InvoiceId];
                buckets[i]._settlements.Add((settled, Attributes.Project(invoice) ?? Dimensions.None, Attributes.Category(invoice)));
            }
        }
    }

    private static void SplitTallies(
        PeriodBucket[] buckets, Dictionary<(Period Period, string Customer), CostToServeCounter.Tally> tallies, Func<DateOnly, int> indexOf)
    {
        foreach (var ((period, customer), tally) in tallies)
        {
            if (indexOf(period.Start) is >= 0 and var i)
            {
                buckets[i]._tallies.Add((customer, tally));
            }
        }
    }

    /// <summary>
    /// Whether a transaction may count for two customers in this period (a receipt paying two customers' invoices, a fee split
    /// between them): exact when the entries are in ordinal order, where one transaction's entries are adjacent; true otherwise.
    /// </summary>
    private bool CustomersMayShareTransactions()
    {
        LedgerEntry? previous = null;
        foreach (var entry in _entries)
        {
            if (entry.Role == EntryRole.Overhead)
            {
                continue;
            }

            if (previous is not null)
            {
                if (entry.Ordinal < previous.Ordinal)
                {
                    return true;
                }

                if (entry.Ordinal == previous.Ordinal && !string.Equals(entry.Customer, previous.Customer, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            previous = entry;
        }

        return false;
    }

    /// <summary>Adds this bucket to its period's rows: entries, then invoice counts, then settlements, then signals.</summary>
    public void AddTo(PeriodRows period, CostToServeOptions costs, CurrencyCode currency)
    {
        period.Total.Entries.EnsureCapacity(_entries.Count);
        foreach (var entry in _entries)
        {
            period.Add(entry);
        }

        period.CustomersShareTransactions = CustomersMayShareTransactions();

        foreach (var (customer, project) in _invoices)
        {
            PeriodRows.Row(period.Customers, customer).Invoices++;
            PeriodRows.Row(period.Projects, project).Invoices++;
        }

        foreach (var (settled, project, category) in _settlements)
        {
            period.Total.Settled.Add(settled);
            PeriodRows.Row(period.Customers, settled.Customer?.Value ?? Dimensions.Unassigned).Settled.Add(settled);
            PeriodRows.Row(period.Projects, project).Settled.Add(settled);
            PeriodRows.Row(period.Categories, category).Settled.Add(settled);
        }

        foreach (var (customer, tally) in _tallies)
        {
            PeriodRows.Row(period.Customers, customer).Signals = tally.ToSignals(costs, currency);
        }
    }
}
