using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Tests.Profitability.Reference;

/// <summary>
/// Computes the periods' rows: entries into per-period accumulators, overhead allocated by the driver (customers and projects;
/// segments and the total roll up from customers), payment statistics of the invoices paid in each period, cost-to-serve
/// signals, then snapshots with trends. With <c>onlyPeriods</c> it builds just those periods (and the three before each, for
/// trends) and returns just those.
/// </summary>
internal sealed class ProfitabilityEngine(ProfitabilityOptions options)
{
    internal sealed record Output(
        IReadOnlyList<PeriodRows> Periods,
        IReadOnlyList<Period> EmittedPeriods,
        List<ProfitabilitySnapshot> Snapshots,
        List<PeriodOverhead> Overheads,
        ReconciliationResult Reconciliation,
        CustomerResolver Customers,
        List<ExcludedTransaction> Excluded);

    public Output Compute(PreparedTransactions prepared, IReadOnlyList<CustomerRecord> customerList, DateOnly asOf, IReadOnlySet<Period>? onlyPeriods)
    {
        var currency = CurrencyCode.Parse(options.Currency);
        var customers = new CustomerResolver(customerList);
        var transactions = prepared.Transactions;
        var reconciliation = new PaymentMatcher(options.Reconciliation).Match(transactions, customers, asOf);
        var excluded = prepared.Excluded.ToList();
        var entries = new EntryBuilder(options, customers, reconciliation).Build(transactions, excluded);

        var all = AllPeriods(transactions, asOf);
        var emitted = onlyPeriods is null ? all : all.Where(onlyPeriods.Contains).ToList();
        var built = onlyPeriods is null ? all.ToHashSet() : emitted.SelectMany(p => new[] { p, p.Previous(), p.Previous().Previous(), p.Previous().Previous().Previous() }).ToHashSet();
        var rows = all.Where(built.Contains).ToDictionary(p => p, p => new PeriodRows(p));

        foreach (var entry in entries)
        {
            if (rows.TryGetValue(Period.Containing(entry.Date, options.Granularity), out var period))
            {
                period.Add(entry);
            }
        }

        AddInvoiceCounts(transactions, customers, rows);
        AddSettlements(transactions, reconciliation, rows);
        foreach (var ((period, customer), tally) in new CostToServeCounter(options, customers).Count(transactions, reconciliation, asOf))
        {
            if (rows.TryGetValue(period, out var periodRows))
            {
                PeriodRows.Row(periodRows.Customers, customer).Signals = tally.ToSignals(options.CostToServe, currency);
            }
        }

        var ordered = rows.Values.OrderBy(r => r.Period).ToList();
        var overheads = new List<PeriodOverhead>();
        var snapshots = new List<ProfitabilitySnapshot>();
        var masterKeys = customers.Customers.SelectMany(c => c.Dimensions.Keys)
            .Select(k => k.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        foreach (var period in ordered)
        {
            overheads.Add(AllocateOverhead(period, Dimensions.Customer, period.Customers, customers, currency));
            overheads.Add(AllocateOverhead(period, Dimensions.Project, period.Projects, customers, currency));
            snapshots.AddRange(Snapshots(period, masterKeys, customers, currency));
        }

        var withTrends = new TrendCalculator(currency).Apply(snapshots, all.Count > 0 ? all[0] : default);
        var emittedSet = emitted.ToHashSet();
        return new Output(
            ordered,
            emitted,
            withTrends.Where(s => emittedSet.Contains(s.Period)).ToList(),
            overheads.Where(o => emittedSet.Contains(o.Period)).ToList(),
            reconciliation,
            customers,
            excluded);
    }

    private List<Period> AllPeriods(IReadOnlyList<LedgerTransaction> transactions, DateOnly asOf)
    {
        var periods = new List<Period>();
        if (transactions.Count == 0)
        {
            return periods;
        }

        var last = Period.Containing(asOf, options.Granularity);
        for (var p = Period.Containing(transactions.Min(t => t.BookingDate), options.Granularity); p <= last; p = p.Next())
        {
            periods.Add(p);
        }

        return periods;
    }

    private void AddInvoiceCounts(IReadOnlyList<LedgerTransaction> transactions, CustomerResolver customers, Dictionary<Period, PeriodRows> rows)
    {
        foreach (var invoice in transactions.Where(t => t.Kind == TransactionKind.Invoice))
        {
            if (rows.TryGetValue(Period.Containing(invoice.BookingDate, options.Granularity), out var period))
            {
                PeriodRows.Row(period.Customers, customers.Resolve(invoice)?.Value ?? Dimensions.Unassigned).Invoices++;
                PeriodRows.Row(period.Projects, Attributes.Project(invoice) ?? Dimensions.None).Invoices++;
            }
        }
    }

    /// <summary>An invoice's payment counts in the period it became fully paid.</summary>
    private void AddSettlements(IReadOnlyList<LedgerTransaction> transactions, ReconciliationResult reconciliation, Dictionary<Period, PeriodRows> rows)
    {
        var invoices = transactions.Where(t => t.Kind == TransactionKind.Invoice).ToDictionary(t => t.Id);
        foreach (var settled in reconciliation.Invoices)
        {
            if (settled.PaidDate is not { } paid || !rows.TryGetValue(Period.Containing(paid, options.Granularity), out var period))
            {
                continue;
            }

            var invoice = invoices[settled.InvoiceId];
            period.Total.Settled.Add(settled);
            PeriodRows.Row(period.Customers, settled.Customer?.Value ?? Dimensions.Unassigned).Settled.Add(settled);
            PeriodRows.Row(period.Projects, Attributes.Project(invoice) ?? Dimensions.None).Settled.Add(settled);
            PeriodRows.Row(period.Categories, Attributes.Category(invoice)).Settled.Add(settled);
        }
    }

    private PeriodOverhead AllocateOverhead(
        PeriodRows period, string dimension, Dictionary<string, RowAccumulator> members, CustomerResolver customers, CurrencyCode currency)
    {
        var fixedTable = options.OverheadDriver == AllocationDriver.FixedTable;
        var weights = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (fixedTable && dimension == Dimensions.Customer)
        {
            foreach (var (id, percent) in options.FixedAllocation)
            {
                var member = customers.Find(new CustomerId(id))?.Id.Value ?? id.Trim();
                weights[member] = weights.GetValueOrDefault(member) + percent;
            }
        }
        else if (!fixedTable)
        {
            foreach (var (member, row) in members.Where(m => !Dimensions.IsPlaceholder(m.Key)))
            {
                weights[member] = options.OverheadDriver switch
                {
                    AllocationDriver.RevenueShare => Math.Max(0m, row.Revenue),
                    AllocationDriver.DirectCostShare => Math.Max(0m, row.DirectCost),
                    AllocationDriver.TransactionCount => row.DistinctTransactions(),
                    AllocationDriver.InvoiceCount => row.Invoices,
                    _ => row.Entries.Count > 0 || row.Invoices > 0 ? 1m : 0m,
                };
            }
        }

        var allocation = OverheadAllocator.Allocate(period.OverheadTotal, weights, fixedTable);
        foreach (var (member, share) in allocation.Shares)
        {
            PeriodRows.Row(members, member).Overhead = share;
        }

        var reason = allocation.UnallocatedReason
            ?? (fixedTable && dimension != Dimensions.Customer && allocation.Unallocated != 0m ? "the fixed table lists customers only" : null);
        return new PeriodOverhead(
            period.Period,
            dimension,
            options.OverheadDriver,
            new Money(period.OverheadTotal, currency),
            new Money(allocation.Allocated, currency),
            new Money(allocation.Unallocated, currency),
            reason,
            period.OverheadByCategory.ToDictionary(c => c.Key, c => new Money(c.Value, currency), StringComparer.Ordinal));
    }

    private IEnumerable<ProfitabilitySnapshot> Snapshots(PeriodRows period, List<string> masterKeys, CustomerResolver customers, CurrencyCode currency)
    {
        var max = options.MaxStoredContributions;
        var p = period.Period;
        var total = new RowAccumulator();
        total.Merge(period.Total);
        foreach (var row in period.Customers.Values.Where(r => r.Signals is not null))
        {
            total.Signals = total.Signals?.Plus(row.Signals!) ?? row.Signals;
        }

        yield return total.ToSnapshot(p, Dimensions.Total, Dimensions.AllMember, currency, max);
        foreach (var (dimension, rows) in new[] { (Dimensions.Customer, period.Customers), (Dimensions.Project, period.Projects), (Dimensions.Category, period.Categories) })
        {
            foreach (var (member, row) in rows.Where(r => r.Value.IsActive).OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                yield return row.ToSnapshot(p, dimension, member, currency, max);
            }
        }

        foreach (var key in masterKeys)
        {
            var segments = new Dictionary<string, RowAccumulator>(StringComparer.Ordinal);
            foreach (var (member, row) in period.Customers.Where(r => r.Value.IsActive))
            {
                var segment = member == Dimensions.Unassigned ? Dimensions.Unassigned : SegmentOf(customers, member, key);
                PeriodRows.Row(segments, segment).Merge(row);
            }

            foreach (var (member, row) in segments.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                yield return row.ToSnapshot(p, Dimensions.ForMasterKey(key), member, currency, max);
            }
        }
    }

    private static string SegmentOf(CustomerResolver customers, string customer, string key)
    {
        var record = customers.Find(new CustomerId(customer));
        var value = record?.Dimensions.FirstOrDefault(d => string.Equals(d.Key.Trim(), key, StringComparison.OrdinalIgnoreCase)).Value;
        return string.IsNullOrWhiteSpace(value) ? Dimensions.None : value.Trim();
    }
}
