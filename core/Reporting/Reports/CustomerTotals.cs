using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>A member's snapshots summed over a period range; margins are recomputed from the sums, never averaged.</summary>
internal sealed record MemberTotals(string Member, Money Revenue, Money DirectCost, Money AllocatedOverhead, int CostToServeSignals, Money CostToServeEstimate)
{
    public Money ContributionMargin => Revenue - DirectCost;

    public Money FullyLoadedMargin => ContributionMargin - AllocatedOverhead;

    public decimal? ContributionShare => Share(ContributionMargin);

    public decimal? FullyLoadedShare => Share(FullyLoadedMargin);

    public static IReadOnlyList<MemberTotals> Sum(IEnumerable<ProfitabilitySnapshot> snapshots, CurrencyCode currency) =>
        snapshots
            .GroupBy(s => s.Member, StringComparer.Ordinal)
            .Select(g => new MemberTotals(
                g.Key,
                g.Aggregate(Money.Zero(currency), (sum, s) => sum + s.Revenue),
                g.Aggregate(Money.Zero(currency), (sum, s) => sum + s.DirectCost),
                g.Aggregate(Money.Zero(currency), (sum, s) => sum + s.AllocatedOverhead),
                g.Sum(s => s.CostToServe.Total),
                g.Aggregate(Money.Zero(currency), (sum, s) => sum + s.CostToServe.EstimatedCost)))
            .ToList();

    /// <summary>Margin as a fraction of revenue (0.125 = 12.5 %), when there is revenue.</summary>
    private decimal? Share(Money margin) => Revenue.Amount > 0m ? Math.Round(margin.Amount / Revenue.Amount, 4, MidpointRounding.AwayFromZero) : null;
}
