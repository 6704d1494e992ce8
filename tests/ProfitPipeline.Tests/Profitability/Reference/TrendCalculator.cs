using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Tests.Profitability.Reference;

/// <summary>
/// Compares each row with the same member's previous period and with the average of its three preceding periods. A period in
/// which the member had no row counts as zero; periods before <c>first</c> (the data's first period) are not counted. Rows of the
/// first period get no trend.
/// </summary>
internal sealed class TrendCalculator(CurrencyCode currency)
{
    public List<ProfitabilitySnapshot> Apply(List<ProfitabilitySnapshot> snapshots, Period first)
    {
        var index = snapshots.ToDictionary(s => (s.Dimension, s.Member, s.Period));
        var result = new List<ProfitabilitySnapshot>(snapshots.Count);
        foreach (var s in snapshots)
        {
            var preceding = new List<ProfitabilitySnapshot?>();
            for (var p = s.Period.Previous(); preceding.Count < 3 && p >= first; p = p.Previous())
            {
                preceding.Add(index.GetValueOrDefault((s.Dimension, s.Member, p)));
            }

            if (preceding.Count == 0)
            {
                result.Add(s);
                continue;
            }

            var previous = preceding[0];
            decimal Average(Func<ProfitabilitySnapshot, Money> figure) => preceding.Sum(x => x is null ? 0m : figure(x).Amount) / preceding.Count;
            Money Change(decimal current, decimal before) => new(Math.Round(current - before, 2, MidpointRounding.AwayFromZero), currency);
            result.Add(s with
            {
                Trend = new ProfitabilityTrend(
                    Change(s.Revenue.Amount, previous?.Revenue.Amount ?? 0m),
                    Change(s.Revenue.Amount, Average(x => x.Revenue)),
                    Change(s.ContributionMargin.Amount, previous?.ContributionMargin.Amount ?? 0m),
                    Change(s.ContributionMargin.Amount, Average(x => x.ContributionMargin)),
                    Change(s.FullyLoadedMargin.Amount, previous?.FullyLoadedMargin.Amount ?? 0m),
                    Change(s.FullyLoadedMargin.Amount, Average(x => x.FullyLoadedMargin)),
                    s.ContributionMarginPercent - previous?.ContributionMarginPercent),
            });
        }

        return result;
    }
}
