using Microsoft.Extensions.Options;
using ProfitPipeline.Ledger;
using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Profitability;

/// <summary>
/// The profitability stage's entry point for both hosts: a pure computation over in-memory transactions and the customer master,
/// as of a date the caller passes. The same input in any order, or with the same transaction twice, gives the same result.
/// </summary>
public sealed class ProfitabilityService(IOptions<ProfitabilityOptions> configured)
{
    public ProfitabilityOptions Options => configured.Value;

    /// <summary>Computes every period from the first transaction's to <paramref name="asOf"/>'s, or only <paramref name="onlyPeriods"/>.</summary>
    public ProfitabilityResult Compute(
        IReadOnlyList<LedgerTransaction> transactions,
        IReadOnlyList<CustomerRecord> customers,
        DateOnly asOf,
        ProfitabilityOptions? options = null,
        IReadOnlySet<Period>? onlyPeriods = null) =>
        Compute(transactions, customers, asOf, options, onlyPeriods, phases: null);

    /// <summary>As the public overload, recording each phase's wall time into <paramref name="phases"/> when given.</summary>
    internal ProfitabilityResult Compute(
        IReadOnlyList<LedgerTransaction> transactions,
        IReadOnlyList<CustomerRecord> customers,
        DateOnly asOf,
        ProfitabilityOptions? options,
        IReadOnlySet<Period>? onlyPeriods,
        ComputePhases? phases)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(customers);
        options ??= configured.Value;
        var currency = CurrencyCode.Parse(options.Currency);
        var prepared = PreparedTransactions.From(transactions, currency, asOf);
        phases?.End("prepare (dedupe, order by id)");
        var output = new ProfitabilityEngine(options).Compute(prepared, customers, asOf, onlyPeriods, phases);
        // Three independent readers of the computed periods.
        List<ProfitabilitySnapshot>? snapshots = null;
        List<ProfitabilityFlag>? flags = null;
        IReadOnlyList<CustomerPaymentBehaviour>? behaviour = null;
        Parallel.Invoke(
            () => snapshots = output.EmittedSnapshotsWithTrends(currency),
            () => flags = new FlagDetector(options.Flags).Detect(output.Periods, output.EmittedPeriods),
            () => behaviour = PaymentBehaviourAnalyzer.Analyze(output.Reconciliation, asOf, options.Granularity, currency));
        phases?.End("trends, flags and payment behaviour");
        return new ProfitabilityResult(
            asOf,
            output.EmittedPeriods,
            snapshots!,
            output.Overheads,
            behaviour!,
            flags!,
            output.Reconciliation,
            output.Excluded.OrderBy(e => e.Id.Value, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The periods an import can change, judged from its rows alone: each row's booking period and, for an invoice, the period
    /// of its follow-up date (due date plus the follow-up threshold). It misses earlier periods a row changes through the
    /// existing ledger (a payment settling an older invoice, a credit note on one); the overload taking the ledger does not.
    /// </summary>
    public IReadOnlySet<Period> AffectedPeriods(IEnumerable<LedgerTransaction> imported, ProfitabilityOptions? options = null) =>
        BookingPeriods(imported, options ?? configured.Value);

    /// <summary>
    /// Every period whose stored snapshot figures an import can change: those of <see cref="AffectedPeriods(IEnumerable{LedgerTransaction}, ProfitabilityOptions?)"/>,
    /// the empty periods it adds before the ledger's first, plus every period in which the ledger's entries, settlements (days to
    /// pay, days late: counted in the period an invoice became paid) or cost-to-serve signals differ once <paramref name="imported"/>
    /// joins <paramref name="ledger"/> — a payment for an older invoice, a credit note, a re-match of other receipts, a bill that
    /// makes a bank debit its payment, a project that now maps to a customer. Only the rows the import can reach
    /// (<see cref="ImportReach"/>: its customers, projects and the rows its references link) are judged before and after.
    /// Trends and flags of the periods after these are derived when read, not stored.
    /// Recompute these with <see cref="Compute"/>'s <c>onlyPeriods</c> after the import.
    /// </summary>
    /// <param name="imported">The import's new rows: ids the ledger did not hold before it (ingestion stores one row per id).</param>
    /// <param name="ledger">The transactions before the import, or after it: rows with the ids of imported rows are set aside.</param>
    public IReadOnlySet<Period> AffectedPeriods(
        IReadOnlyCollection<LedgerTransaction> imported,
        IReadOnlyList<LedgerTransaction> ledger,
        IReadOnlyList<CustomerRecord> customers,
        DateOnly asOf,
        ProfitabilityOptions? options = null) =>
        AffectedPeriods(imported, ledger, customers, asOf, options, wholeLedger: false);

    /// <summary>As the public overload; with <paramref name="wholeLedger"/> every row is judged (the slow form the scoped one must equal).</summary>
    internal IReadOnlySet<Period> AffectedPeriods(
        IReadOnlyCollection<LedgerTransaction> imported,
        IReadOnlyList<LedgerTransaction> ledger,
        IReadOnlyList<CustomerRecord> customers,
        DateOnly asOf,
        ProfitabilityOptions? options,
        bool wholeLedger)
    {
        ArgumentNullException.ThrowIfNull(imported);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(customers);
        options ??= configured.Value;
        var periods = BookingPeriods(imported, options);
        var currency = CurrencyCode.Parse(options.Currency);
        var importedIds = imported.Select(t => t.Id).ToHashSet();
        var existing = ledger.Where(t => !importedIds.Contains(t.Id)).ToList();
        AddPeriodsBeforeTheLedger(periods, imported, existing, asOf, currency, options.Granularity);
        var judged = wholeLedger ? existing : ImportReach.ExistingRows(existing, imported, new CustomerResolver(customers));
        PeriodInputs? before = null, after = null;
        Parallel.Invoke(
            () => before = PeriodInputs.Of(PreparedTransactions.From(judged, currency, asOf), customers, asOf, options),
            () => after = PeriodInputs.Of(PreparedTransactions.From([.. judged, .. imported], currency, asOf), customers, asOf, options));
        periods.UnionWith(before!.ChangedPeriods(after!, options.Granularity));
        return periods;
    }

    /// <summary>An import booked before the ledger's first row adds the periods from its own up to the ledger's first.</summary>
    private static void AddPeriodsBeforeTheLedger(
        HashSet<Period> periods, IReadOnlyCollection<LedgerTransaction> imported, List<LedgerTransaction> existing, DateOnly asOf, CurrencyCode currency, PeriodGranularity granularity)
    {
        DateOnly First(IEnumerable<LedgerTransaction> rows)
        {
            var first = DateOnly.MaxValue;
            foreach (var t in rows)
            {
                first = t.BookingDate <= asOf && t.BookingDate < first && t.Amount.Currency == currency ? t.BookingDate : first;
            }

            return first;
        }

        var importedFirst = First(imported);
        var ledgerFirst = First(existing);

        if (importedFirst == DateOnly.MaxValue || ledgerFirst == DateOnly.MaxValue || importedFirst >= ledgerFirst)
        {
            return;
        }

        for (var p = Period.Containing(importedFirst, granularity); p <= Period.Containing(ledgerFirst, granularity); p = p.Next())
        {
            periods.Add(p);
        }
    }

    private static HashSet<Period> BookingPeriods(IEnumerable<LedgerTransaction> imported, ProfitabilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(imported);
        var periods = new HashSet<Period>();
        foreach (var t in imported)
        {
            periods.Add(Period.Containing(t.BookingDate, options.Granularity));
            if (t.Kind == TransactionKind.Invoice)
            {
                var due = t.DueDate ?? t.BookingDate.AddDays(options.Reconciliation.DefaultPaymentTermsDays);
                periods.Add(Period.Containing(due.AddDays(options.CostToServe.FollowUpAfterDaysOverdue), options.Granularity));
            }
        }

        return periods;
    }
}
