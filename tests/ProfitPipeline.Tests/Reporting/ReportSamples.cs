using ProfitPipeline.Ledger;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Tests.Reporting;

/// <summary>A report with every section kind, hostile text in cells and titles, and negative money.</summary>
internal static class ReportSamples
{
    public const string ScriptName = "<script>alert(1)</script>";
    public const string AttributeBreak = "\"onmouseover=alert(1) x=\"";
    public const string Formula = "=HYPERLINK(\"http://evil\",\"x\")";

    public static ReportDocument Hostile() => new(
        "Customers " + ScriptName,
        [
            new ReportTable(
                "customers",
                "Customer margins",
                [
                    ReportColumn.Text("customer", "Customer"),
                    ReportColumn.Money("revenue", "Revenue"),
                    ReportColumn.Percent("margin", "Margin"),
                    ReportColumn.Integer("invoices", "Invoices"),
                    ReportColumn.Date("lastInvoice", "Last invoice"),
                ],
                [
                    Row(ScriptName, -12.50m, -0.125m, 3, new DateOnly(2026, 3, 1)),
                    Row(AttributeBreak, 1000.10m, 0.25m, 7, new DateOnly(2026, 2, 1)),
                    Row(Formula, 50m, 0.5m, 1, new DateOnly(2026, 1, 15)),
                    Row("+SUM(A1)", 0m, 0m, 0, new DateOnly(2026, 1, 1)),
                    Row("@cmd", 1m, 0m, 0, new DateOnly(2026, 1, 1)),
                    Row("-2+3", 2m, 0m, 0, new DateOnly(2026, 1, 1)),
                    Row("\tTabbed", 3m, 0m, 0, new DateOnly(2026, 1, 1)),
                    Row("Plain, \"quoted\"\nline", 4m, 0m, 0, new DateOnly(2026, 1, 1)),
                ])
            {
                DefaultSort = new TableSort("revenue", SortDirection.Descending),
                KeyColumn = "customer",
                LinkTemplate = "customers/{key}",
            },
            WhaleCurve.FromProfits("whale", "Whale curve " + ScriptName, [120m, -30m, 50m, -80m, 10m], "EUR"),
            new GroupedBars("bars", "Contribution vs fully loaded", ["Retail", ScriptName], [new BarSeries("Contribution", [0.4m, 0.2m]), new BarSeries("Fully loaded", [0.1m, -0.05m])], "%"),
            new LineSeries("trend", "Margin trend", ["2026-01", "2026-02", "2026-03"], [new BarSeries(AttributeBreak, [0.1m, null, 0.3m])], "%"),
            Histogram.FromValues("dtp", "Days to pay", [0m, 15m, 30m, 60m], [3m, 14m, 20m, 45m, 60m, 61m], "days"),
            new FlagList("flags", "Flags", [new ReportFlag("Margin fell " + ScriptName, ["tx-1", "tx-<2>"])]),
        ])
    {
        Subtitle = "By contribution margin",
        Period = "2026-01 to 2026-03",
        Filter = "segment = " + AttributeBreak,
        FileName = "customers",
    };

    private static IReadOnlyList<ReportValue> Row(string name, decimal revenue, decimal margin, int invoices, DateOnly last) =>
        [name, new Money(revenue, CurrencyCode.Eur), margin, invoices, last];
}
