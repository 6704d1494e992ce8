using System.Globalization;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>The segments report: roll-up by a customer-master dimension, project or category, with margin trend.</summary>
internal sealed partial class ReportBuilder
{
    private static ReportDocument? Segments(ReportData data, ReportRequest request, IReadOnlyList<Period> periods)
    {
        var dimension = (request.Dimension ?? "industry").ToLowerInvariant();
        var all = data.Result.Rows(dimension).Where(s => periods.Contains(s.Period)).ToList();
        if (all.Count == 0 && !data.Result.Snapshots.Any(s => s.Dimension == dimension))
        {
            return null;
        }

        var totals = MemberTotals.Sum(all, data.Currency).Where(t => request.Member is null || t.Member == request.Member).ToList();
        var members = totals.Select(t => t.Member).ToList();
        var table = new ReportTable(
            "segments",
            "Profitability by " + dimension,
            [
                ReportColumn.Text("segment", "Segment"),
                ReportColumn.Money("revenue", "Revenue"),
                ReportColumn.Money("directCost", "Direct cost"),
                ReportColumn.Money("contributionMargin", "Contribution margin"),
                ReportColumn.Percent("contributionMarginPct", "CM %"),
                ReportColumn.Money("overhead", "Allocated overhead"),
                ReportColumn.Money("fullyLoadedMargin", "Fully-loaded margin"),
                ReportColumn.Percent("fullyLoadedMarginPct", "FL %"),
            ],
            totals.Select(t => (IReadOnlyList<ReportValue>)
            [
                t.Member, t.Revenue, t.DirectCost, t.ContributionMargin, ReportValue.Of(t.ContributionShare), t.AllocatedOverhead, t.FullyLoadedMargin, ReportValue.Of(t.FullyLoadedShare),
            ]).ToList())
        {
            DefaultSort = new TableSort("fullyLoadedMargin", SortDirection.Descending),
        };
        var trend = members
            .Select(m => new BarSeries(m, periods.Select(p => all.FirstOrDefault(s => s.Member == m && s.Period == p)?.FullyLoadedMarginPercent is { } pct ? pct / 100m : (decimal?)null).ToList()))
            .ToList();
        return new ReportDocument(
            "Segments by " + dimension,
            [
                table,
                new GroupedBars(
                    "margins",
                    "Contribution vs fully-loaded margin",
                    members,
                    [
                        new BarSeries("Contribution margin", totals.Select(t => (decimal?)t.ContributionMargin.Amount).ToList()),
                        new BarSeries("Fully-loaded margin", totals.Select(t => (decimal?)t.FullyLoadedMargin.Amount).ToList()),
                    ],
                    data.Currency.Value),
                new LineSeries("trend", "Fully-loaded margin % per period", periods.Select(p => p.Key).ToList(), trend, "%"),
                FlagList(data, data.Result.Flags.Where(f => f.Dimension == dimension && periods.Contains(f.Period)), "Flags"),
            ])
        {
            Subtitle = "Segment roll-up",
            Period = ReportRequest.Describe(periods),
            Filter = request.Member is null ? "dimension = " + dimension : $"{dimension} = {request.Member}",
            FileName = "segments-" + dimension,
        };
    }
}
