using System.Globalization;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>The customer history report: one customer's history per period.</summary>
internal sealed partial class ReportBuilder
{
    private static ReportDocument? Customer(ReportData data, ReportRequest request, IReadOnlyList<Period> periods)
    {
        var id = request.CustomerId;
        var rows = data.Result.Rows(Dimensions.Customer).Where(s => s.Member == id && periods.Contains(s.Period)).OrderBy(s => s.Period).ToList();
        if (id is null || (rows.Count == 0 && data.Customers.All(c => c.Id.Value != id)))
        {
            return null;
        }

        var table = new ReportTable(
            "history",
            "Per period",
            [
                ReportColumn.Text("period", "Period"),
                ReportColumn.Money("revenue", "Revenue"),
                ReportColumn.Money("directCost", "Direct cost"),
                ReportColumn.Money("contributionMargin", "Contribution margin"),
                ReportColumn.Money("overhead", "Allocated overhead"),
                ReportColumn.Money("fullyLoadedMargin", "Fully-loaded margin"),
                ReportColumn.Percent("fullyLoadedMarginPct", "FL %"),
                ReportColumn.Decimal("avgDaysLate", "Avg days late"),
                ReportColumn.Integer("transactions", "Transactions"),
            ],
            rows.Select(s => (IReadOnlyList<ReportValue>)
            [
                s.Period.Key,
                s.Revenue,
                s.DirectCost,
                s.ContributionMargin,
                s.AllocatedOverhead,
                s.FullyLoadedMargin,
                ReportValue.Of(s.FullyLoadedMarginPercent / 100m),
                ReportValue.Of(s.Payments.AverageDaysLate),
                s.TransactionCount,
            ]).ToList());
        return new ReportDocument(
            data.CustomerName(id),
            [
                table,
                new LineSeries(
                    "trend",
                    "Margins per period",
                    rows.Select(s => s.Period.Key).ToList(),
                    [
                        new BarSeries("Contribution margin", rows.Select(s => (decimal?)s.ContributionMargin.Amount).ToList()),
                        new BarSeries("Fully-loaded margin", rows.Select(s => (decimal?)s.FullyLoadedMargin.Amount).ToList()),
                    ],
                    data.Currency.Value),
                FlagList(data, data.Result.Flags.Where(f => f.Dimension == Dimensions.Customer && f.Member == id && periods.Contains(f.Period)), "Flags"),
            ])
        {
            Subtitle = "Customer history",
            Period = ReportRequest.Describe(periods),
            Filter = "customer = " + id,
            FileName = "customer-history",
        };
    }
}
