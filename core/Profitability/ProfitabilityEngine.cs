using System.Collections.Concurrent;
using ProfitPipeline.Ledger;
using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Profitability;

/// <summary>
/// Computes the periods' rows: entries into per-period accumulators, overhead allocated by the driver (customers and projects;
/// segments and the total roll up from customers), payment statistics of the invoices paid in each period, cost-to-serve
/// signals, then snapshots with trends. With <c>onlyPeriods</c> it builds just those periods (and the three before each, for
/// trends) and returns just those.
/// </summary>
internal sealed class ProfitabilityEngine(ProfitabilityOptions options)
{
    /// <param name="Snapshots">Every built period's snapshots, without trends: <see cref="EmittedSnapshotsWithTrends"/> adds them.</param>
    /// <param name="FirstPeriod">The data's first period: trends count no period before it.</param>
    internal sealed record Output(
        IReadOnlyList<PeriodRows> Periods,
        IReadOnlyList<Period> EmittedPeriods,
        List<ProfitabilitySnapshot> Snapshots,
        Period FirstPeriod,
        List<PeriodOverhead> Overheads,
        ReconciliationResult Reconciliation,
        CustomerResolver Customers,
        List<ExcludedTransaction> Excluded)
    {
        /// <summary>The emitted periods' snapshots with their trends (from every built period, the three before each included).</summary>
        public List<ProfitabilitySnapshot> EmittedSnapshotsWithTrends(CurrencyCode currency)
        {
            var emitted = EmittedPeriods.ToHashSet();
            return new TrendCalculator(currency).Apply(Snapshots, FirstPeriod).Where(s => emitted.Contains(s.Period)).ToList();
        }
    }

    public Output Compute(PreparedTransactions prepared, IReadOnlyList<CustomerRecord> customerList, DateOnly asOf, IReadOnlySet<Period>? onlyPeriods, ComputePhases? phases = null)
    {
        var currency = CurrencyCode.Parse(options.Currency);
        var transactions = prepared.Transactions;
        var (entries, excluded, reconciliation, customers, resolved, tallies) = PeriodInputs.Of(prepared, customerList, asOf, options, phases);

        var all = AllPeriods(transactions, asOf);
        var emitted = onlyPeriods is null ? all : all.Where(onlyPeriods.Contains).ToList();
        var built = onlyPeriods is null ? all.ToHashSet() : emitted.SelectMany(p => new[] { p, p.Previous(), p.Previous().Previous(), p.Previous().Previous().Previous() }).ToHashSet();
        var ordered = all.Where(built.Contains).Select(p => new PeriodRows(p)).ToList();
        var inputs = PeriodBucket.Split(ordered, entries, transactions, resolved, reconciliation, tallies);
        var masterKeys = customers.Customers.SelectMany(c => c.Dimensions.Keys)
            .Select(k => k.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var segments = SegmentValues(customers, masterKeys);

        // Periods are independent from here on: each accumulates its own inputs, allocates its own overhead into its own rows
        // and builds its own snapshots. The inputs were split by period in their original order, so each period's rows are
        // filled exactly as one sequential pass would fill them; results are kept in period order.
        var perPeriod = new (PeriodOverhead Customers, PeriodOverhead Projects, List<ProfitabilitySnapshot> Snapshots)[ordered.Count];
        // One period at a time per core: periods take similar time, and handing them out in ranges left a core idle at the end.
        var oneAtATime = Partitioner.Create(Enumerable.Range(0, ordered.Count), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(oneAtATime, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var period = ordered[i];
            inputs[i].AddTo(period, options.CostToServe, currency);
            var customerOverhead = AllocateOverhead(period, Dimensions.Customer, period.Customers, customers, currency);
            var projectOverhead = AllocateOverhead(period, Dimensions.Project, period.Projects, customers, currency);
            perPeriod[i] = (customerOverhead, projectOverhead, Snapshots(period, masterKeys, segments, currency));
        });
        var overheads = new List<PeriodOverhead>(ordered.Count * 2);
        var snapshots = new List<ProfitabilitySnapshot>(perPeriod.Sum(p => p.Snapshots.Count));
        foreach (var (customerOverhead, projectOverhead, periodSnapshots) in perPeriod)
        {
            overheads.Add(customerOverhead);
            overheads.Add(projectOverhead);
            snapshots.AddRange(periodSnapshots);
        }

        phases?.End("period rows, overhead + snapshots");
        var emittedSet = emitted.ToHashSet();
        return new Output(
            ordered,
            emitted,
            snapshots,
            all.Count > 0 ? all[0] : default,
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

    private List<ProfitabilitySnapshot> Snapshots(
        PeriodRows period, List<string> masterKeys, Dictionary<string, string[]> segmentValues, CurrencyCode currency)
    {
        var max = options.MaxStoredContributions;
        var p = period.Period;
        var snapshots = new List<ProfitabilitySnapshot>();
        // The total's figures plus every customer's signals; its entries and settlements stay in the period's total row.
        var total = new RowAccumulator();
        total.MergeFigures(period.Total);
        foreach (var row in period.Customers.Values)
        {
            if (row.Signals is { } signals)
            {
                total.AddSignals(signals);
            }
        }

        snapshots.Add(RowAccumulator.Snapshot(p, Dimensions.Total, Dimensions.AllMember, currency, max, total, [period.Total]));
        foreach (var (dimension, rows) in new[] { (Dimensions.Customer, period.Customers), (Dimensions.Project, period.Projects), (Dimensions.Category, period.Categories) })
        {
            foreach (var (member, row) in rows.Where(r => r.Value.IsActive).OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                snapshots.Add(row.ToSnapshot(p, dimension, member, currency, max));
            }
        }

        var active = period.Customers.Where(r => r.Value.IsActive).ToList();
        for (var k = 0; k < masterKeys.Count; k++)
        {
            // A segment's figures add up its customers' in the same order as before; its entries stay in the customers' rows.
            var segments = new Dictionary<string, (RowAccumulator Figures, List<RowAccumulator> Parts)>(StringComparer.Ordinal);
            foreach (var (member, row) in active)
            {
                var segment = member == Dimensions.Unassigned ? Dimensions.Unassigned
                    : segmentValues.TryGetValue(member, out var values) ? values[k]
                    : Dimensions.None;
                if (!segments.TryGetValue(segment, out var accumulated))
                {
                    segments[segment] = accumulated = (new RowAccumulator(), []);
                }

                accumulated.Figures.MergeFigures(row);
                accumulated.Parts.Add(row);
            }

            var dimension = Dimensions.ForMasterKey(masterKeys[k]);
            foreach (var (member, (figures, parts)) in segments.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                snapshots.Add(period.CustomersShareTransactions
                    ? RowAccumulator.Snapshot(p, dimension, member, currency, max, figures, parts)
                    : RowAccumulator.SegmentSnapshot(p, dimension, member, currency, max, figures, parts));
            }
        }

        return snapshots;
    }

    /// <summary>Each master customer's segment per master key (in <paramref name="masterKeys"/>' order), keyed like the master (case-insensitive).</summary>
    private static Dictionary<string, string[]> SegmentValues(CustomerResolver customers, List<string> masterKeys)
    {
        var values = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var customer in customers.Customers)
        {
            values.TryAdd(customer.Id.Value, masterKeys.Select(key => SegmentOf(customer, key)).ToArray());
        }

        return values;
    }

    private static string SegmentOf(CustomerRecord customer, string key)
    {
        var value = customer.Dimensions.FirstOrDefault(d => string.Equals(d.Key.Trim(), key, StringComparison.OrdinalIgnoreCase)).Value;
        return string.IsNullOrWhiteSpace(value) ? Dimensions.None : value.Trim();
    }
}
