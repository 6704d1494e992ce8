using ProfitPipeline.Ledger;

namespace ProfitPipeline.Profitability;

/// <summary>
/// One (period, dimension, member): revenue, direct cost (positive = cost), contribution margin, allocated overhead and
/// fully-loaded margin, with percentages of revenue (null without positive revenue, rounded to 2 places), payment statistics,
/// cost-to-serve signals, and the contributing transactions (all of them while at most
/// <see cref="ProfitabilityOptions.MaxStoredContributions"/>; always their count and an order-independent digest).
/// </summary>
public sealed record ProfitabilitySnapshot
{
    public required Period Period { get; init; }

    public required string Dimension { get; init; }

    public required string Member { get; init; }

    public required Money Revenue { get; init; }

    public required Money DirectCost { get; init; }

    public Money ContributionMargin => Revenue - DirectCost;

    public decimal? ContributionMarginPercent => Percent(ContributionMargin);

    public required Money AllocatedOverhead { get; init; }

    public Money FullyLoadedMargin => ContributionMargin - AllocatedOverhead;

    public decimal? FullyLoadedMarginPercent => Percent(FullyLoadedMargin);

    public required PaymentStats Payments { get; init; }

    public required CostToServeSignals CostToServe { get; init; }

    public required int TransactionCount { get; init; }

    public required string TransactionDigest { get; init; }

    public required IReadOnlyList<TransactionContribution> Contributions { get; init; }

    public bool ContributionsComplete => Contributions.Count == TransactionCount;

    /// <summary>Derived from neighbouring periods; not part of the stored figures.</summary>
    public ProfitabilityTrend? Trend { get; init; }

    private decimal? Percent(Money margin) =>
        Revenue.Amount > 0m ? Math.Round(margin.Amount * 100m / Revenue.Amount, 2, MidpointRounding.AwayFromZero) : null;
}
