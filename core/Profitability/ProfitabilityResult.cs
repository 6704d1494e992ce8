using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Profitability;

/// <summary>Everything one computation produced, ordered deterministically.</summary>
public sealed record ProfitabilityResult(
    DateOnly AsOf,
    IReadOnlyList<Period> Periods,
    IReadOnlyList<ProfitabilitySnapshot> Snapshots,
    IReadOnlyList<PeriodOverhead> Overheads,
    IReadOnlyList<CustomerPaymentBehaviour> PaymentBehaviour,
    IReadOnlyList<ProfitabilityFlag> Flags,
    ReconciliationResult Reconciliation,
    IReadOnlyList<ExcludedTransaction> Excluded)
{
    public IEnumerable<ProfitabilitySnapshot> Rows(string dimension) =>
        Snapshots.Where(s => string.Equals(s.Dimension, dimension, StringComparison.Ordinal));

    public ProfitabilitySnapshot? Find(Period period, string dimension, string member) =>
        Snapshots.FirstOrDefault(s => s.Period == period
            && string.Equals(s.Dimension, dimension, StringComparison.Ordinal)
            && string.Equals(s.Member, member, StringComparison.Ordinal));

    public IReadOnlyList<UnmatchedItem> Unmatched => Reconciliation.Unmatched;
}
