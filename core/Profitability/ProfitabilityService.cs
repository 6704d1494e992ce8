using Microsoft.Extensions.Options;
using ProfitPipeline.Ledger;

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
        var flags = new FlagDetector(options.Flags).Detect(output.Periods, output.EmittedPeriods);
        phases?.End("flags");
        var behaviour = PaymentBehaviourAnalyzer.Analyze(output.Reconciliation, asOf, options.Granularity, currency);
        phases?.End("payment behaviour");
        return new ProfitabilityResult(
            asOf,
            output.EmittedPeriods,
            output.Snapshots,
            output.Overheads,
            behaviour,
            flags,
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
    /// Every period whose stored snapshot figures an import can change: those of <see cref="AffectedPeriods(IEnumerable{LedgerTransaction}, ProfitabilityOptions?)"/>
    /// plus every period in which the ledger's entries, settlements (days to pay, days late: counted in the period an invoice
    /// became paid) or cost-to-serve signals differ once <paramref name="imported"/> joins <paramref name="ledger"/> — a payment
    /// for an older invoice, a credit note, a re-match of other receipts, a bill that makes a bank debit its payment, a project
    /// that now maps to a customer. Trends and flags of the periods after these are derived when read, not stored.
    /// Recompute these with <see cref="Compute"/>'s <c>onlyPeriods</c> after the import.
    /// </summary>
    /// <param name="ledger">The transactions before the import, or after it: rows with the ids of imported rows are set aside.</param>
    public IReadOnlySet<Period> AffectedPeriods(
        IReadOnlyCollection<LedgerTransaction> imported,
        IReadOnlyList<LedgerTransaction> ledger,
        IReadOnlyList<CustomerRecord> customers,
        DateOnly asOf,
        ProfitabilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(imported);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(customers);
        options ??= configured.Value;
        var periods = BookingPeriods(imported, options);
        var currency = CurrencyCode.Parse(options.Currency);
        var importedIds = imported.Select(t => t.Id).ToHashSet();
        var existing = ledger.Where(t => !importedIds.Contains(t.Id)).ToList();
        PeriodInputs? before = null, after = null;
        Parallel.Invoke(
            () => before = PeriodInputs.Of(PreparedTransactions.From(existing, currency, asOf), customers, asOf, options),
            () => after = PeriodInputs.Of(PreparedTransactions.From([.. existing, .. imported], currency, asOf), customers, asOf, options));
        periods.UnionWith(before!.ChangedPeriods(after!, options.Granularity));
        return periods;
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
