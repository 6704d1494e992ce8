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
        IReadOnlySet<Period>? onlyPeriods = null)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(customers);
        options ??= configured.Value;
        var currency = CurrencyCode.Parse(options.Currency);
        var prepared = PreparedTransactions.From(transactions, currency, asOf);
        var output = new ProfitabilityEngine(options).Compute(prepared, customers, asOf, onlyPeriods);
        var flags = new FlagDetector(options.Flags).Detect(output.Periods, output.EmittedPeriods);
        return new ProfitabilityResult(
            asOf,
            output.EmittedPeriods,
            output.Snapshots,
            output.Overheads,
            PaymentBehaviourAnalyzer.Analyze(output.Reconciliation, asOf, options.Granularity, currency),
            flags,
            output.Reconciliation,
            output.Excluded.OrderBy(e => e.Id.Value, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The periods an import can change: each row's booking period and, for an invoice, the period of its follow-up date (due date
    /// plus the follow-up threshold). Recompute these with <see cref="Compute"/>'s <c>onlyPeriods</c> after the import.
    /// </summary>
    public IReadOnlySet<Period> AffectedPeriods(IEnumerable<LedgerTransaction> imported, ProfitabilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(imported);
        options ??= configured.Value;
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
