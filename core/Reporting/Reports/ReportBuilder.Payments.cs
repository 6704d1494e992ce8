using System.Globalization;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>The payments report: payment behaviour per customer.</summary>
internal sealed partial class ReportBuilder
{
    private static ReportDocument Payments(ReportData data, ReportRequest request, IReadOnlyList<Period> periods)
    {
        var table = new ReportTable(
            "payments",
            "Payment behaviour",
            [
                ReportColumn.Text("id", "Customer id"),
                ReportColumn.Text("customer", "Customer"),
                ReportColumn.Integer("paidInvoices", "Paid invoices"),
                ReportColumn.Decimal("avgDaysToPay", "Avg days to pay"),
                ReportColumn.Decimal("avgDaysLate", "Avg days late"),
                ReportColumn.Integer("p90DaysLate", "P90 days late"),
                ReportColumn.Percent("onTimeShare", "On time"),
                ReportColumn.Money("outstanding", "Outstanding"),
                ReportColumn.Money("overdue", "Overdue"),
                ReportColumn.Integer("overdueInvoices", "Overdue invoices"),
                ReportColumn.Text("trend", "Trend"),
            ],
            data.Result.PaymentBehaviour.Select(b => (IReadOnlyList<ReportValue>)
            [
                b.Customer.Value,
                data.CustomerName(b.Customer.Value),
                b.Paid.PaidInvoices,
                ReportValue.Of(b.Paid.AverageDaysToPay),
                ReportValue.Of(b.Paid.AverageDaysLate),
                ReportValue.Of((decimal?)b.Paid.P90DaysLate),
                ReportValue.Of(b.Paid.OnTimeShare),
                b.Outstanding,
                b.Overdue,
                b.OverdueInvoices,
                b.Trend.ToString(),
            ]).ToList())
        {
            DefaultSort = new TableSort("overdue", SortDirection.Descending),
            KeyColumn = "id",
            LinkTemplate = "customers/{key}",
        };
        var late = data.Result.Reconciliation.Invoices.Where(i => i.PaidDate is { } paid && periods.Any(p => p.Contains(paid))).Select(i => (decimal)i.DaysLate);
        return new ReportDocument("Payment behaviour", [table, Histogram.FromValues("days-late", "Days late (invoices paid in the period)", DayBuckets, late, "days")])
        {
            Subtitle = string.Create(CultureInfo.InvariantCulture, $"As of {data.Result.AsOf:yyyy-MM-dd}"),
            Period = ReportRequest.Describe(periods),
            FileName = "payments",
        };
    }
}
