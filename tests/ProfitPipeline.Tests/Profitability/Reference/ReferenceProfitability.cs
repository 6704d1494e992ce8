using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;

namespace ProfitPipeline.Tests.Profitability.Reference;

/// <summary>
/// The engine as it was before it was optimised (main at be14c5f): the deliberately simple path — LINQ grouping, scans, one
/// accumulator object per row holding its entries. The optimised <see cref="ProfitabilityService"/> must give exactly its result.
/// Only the files the optimisation rewrote (and the flag detector, bound to the old row types) are kept here, frozen on purpose:
/// the duplication with core is the point. The rest (options, periods, allocator, statistics, cost-to-serve) is shared with core.
/// </summary>
internal static class ReferenceProfitability
{
    public static ProfitabilityResult Compute(
        IReadOnlyList<LedgerTransaction> transactions, IReadOnlyList<CustomerRecord> customers, DateOnly asOf, ProfitabilityOptions options, IReadOnlySet<Period>? onlyPeriods = null)
    {
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
}
