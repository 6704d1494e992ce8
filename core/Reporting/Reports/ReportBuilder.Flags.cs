using System.Globalization;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>The flags report: flags with the transactions behind them.</summary>
internal sealed partial class ReportBuilder
{
    private static ReportDocument Flags(ReportData data, ReportRequest request, IReadOnlyList<Period> periods)
    {
        var flags = data.Result.Flags.Where(f => periods.Contains(f.Period)).OrderByDescending(f => f.Period).ThenBy(f => f.Kind).ToList();
        var table = new ReportTable(
            "flags",
            "Flags",
            [
                ReportColumn.Text("period", "Period"),
                ReportColumn.Text("kind", "Flag"),
                ReportColumn.Text("dimension", "Dimension"),
                ReportColumn.Text("member", "Who"),
                ReportColumn.Decimal("value", "Value"),
                ReportColumn.Decimal("threshold", "Threshold"),
                ReportColumn.Text("detail", "Detail"),
                ReportColumn.Integer("transactions", "Transactions"),
            ],
            flags.Select(f => (IReadOnlyList<ReportValue>)
            [
                f.Period.Key, f.Kind.ToString(), f.Dimension, MemberName(data, f.Dimension, f.Member), f.Value, f.Threshold, f.Detail, f.DrivingTransactions.Count,
            ]).ToList());
        return new ReportDocument("Flags", [table, FlagList(data, flags, "What drove each flag")])
        {
            Subtitle = "Margin drops, cost spikes, slowing payment, customers turning unprofitable, revenue concentration",
            Period = ReportRequest.Describe(periods),
            FileName = "flags",
        };
    }
}
