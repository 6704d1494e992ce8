using System.Globalization;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>The customers report: profitability per customer with the whale curve, margins side by side, days to pay and flags.</summary>
internal sealed partial class ReportBuilder
{
    private static ReportDocument Customers(ReportData data, ReportRequest request, IReadOnlyList<Period> periods)
    {
        var inRange = periods.ToHashSet();
        var totals = MemberTotals.Sum(data.Result.Rows(Dimensions.Customer).Where(s => inRange.Contains(s.Period)), data.Currency);
        var behaviour = data.Result.PaymentBehaviour.ToDictionary(b => b.Customer.Value, StringComparer.Ordinal);
        var table = new ReportTable(
            "customers",
            "Profitability by customer",
            [
                ReportColumn.Text("id", "Customer id"),
                ReportColumn.Text("customer", "Customer"),
                ReportColumn.Money("revenue", "Revenue"),
                ReportColumn.Money("directCost", "Direct cost"),
                ReportColumn.Money("contributionMargin", "Contribution margin"),
                ReportColumn.Percent("contributionMarginPct", "CM %"),
                ReportColumn.Money("overhead", "Allocated overhead"),
                ReportColumn.Money("fullyLoadedMargin", "Fully-loaded margin"),
                ReportColumn.Percent("fullyLoadedMarginPct", "FL %"),
                ReportColumn.Decimal("avgDaysLate", "Avg days late"),
                ReportColumn.Integer("costToServeSignals", "Cost-to-serve signals"),
            ],
            totals.Select(t => (IReadOnlyList<ReportValue>)
            [
                t.Member,
                data.CustomerName(t.Member),
                t.Revenue,
                t.DirectCost,
                t.ContributionMargin,
                ReportValue.Of(t.ContributionShare),
                t.AllocatedOverhead,
                t.FullyLoadedMargin,
                ReportValue.Of(t.FullyLoadedShare),
                ReportValue.Of(behaviour.TryGetValue(t.Member, out var b) ? b.Paid.AverageDaysLate : null),
                t.CostToServeSignals,
            ]).ToList())
        {
            DefaultSort = new TableSort("fullyLoadedMargin", SortDirection.Descending),
            KeyColumn = "id",
            LinkTemplate = "customers/{key}",
        };

        var byRevenue = totals.OrderByDescending(t => t.Revenue.Amount).Take(30).ToList();
        var paidInRange = data.Result.Reconciliation.Invoices
            .Where(i => i.PaidDate is { } paid && periods.Any(p => p.Contains(paid)) && i.DaysToPay is not null)
            .Select(i => (decimal)i.DaysToPay!.Value);
        return new ReportDocument(
            "Customers",
            [
                table,
                WhaleCurve.FromProfits("whale", "Whale curve: cumulative fully-loaded profit, most to least profitable customer", totals.Select(t => t.FullyLoadedMargin.Amount), data.Currency.Value),
                new GroupedBars(
                    "margins",
                    "Contribution vs fully-loaded margin (top 30 customers by revenue)",
                    byRevenue.Select(t => data.CustomerName(t.Member)).ToList(),
                    [
                        new BarSeries("Contribution margin", byRevenue.Select(t => (decimal?)t.ContributionMargin.Amount).ToList()),
                        new BarSeries("Fully-loaded margin", byRevenue.Select(t => (decimal?)t.FullyLoadedMargin.Amount).ToList()),
                    ],
                    data.Currency.Value),
                Histogram.FromValues("days-to-pay", "Days to pay (invoices paid in the period)", DayBuckets, paidInRange, "days"),
                FlagList(data, data.Result.Flags.Where(f => f.Dimension == Dimensions.Customer && inRange.Contains(f.Period)), "Flags"),
            ])
        {
            Subtitle = "Revenue, direct cost, contribution and fully-loaded margin per customer",
            Period = ReportRequest.Describe(periods),
            FileName = "customers",
        };
    }
}
