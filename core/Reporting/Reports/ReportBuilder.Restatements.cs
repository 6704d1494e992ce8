using System.Globalization;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>The restatements report: restated closed periods and the transactions that caused them.</summary>
internal sealed partial class ReportBuilder
{
    private async Task<ReportDocument> RestatementsAsync(ReportData data, ReportRequest request, IReadOnlyList<Period> periods, CancellationToken cancellationToken)
    {
        var dimension = (request.Dimension ?? Dimensions.Customer).ToLowerInvariant();
        var restatements = new List<SnapshotRestatement>();
        foreach (var period in periods)
        {
            restatements.AddRange(await snapshots.ReadRestatementsAsync(period, dimension, cancellationToken));
        }

        var table = new ReportTable(
            "restatements",
            "Restated snapshots",
            [
                ReportColumn.Text("period", "Period"),
                ReportColumn.Text("member", "Who"),
                ReportColumn.Text("versions", "Versions"),
                ReportColumn.Money("revenueChange", "Revenue change"),
                ReportColumn.Money("directCostChange", "Direct cost change"),
                ReportColumn.Money("fullyLoadedMarginChange", "Fully-loaded margin change"),
                ReportColumn.Integer("added", "Transactions added"),
                ReportColumn.Integer("removed", "Removed"),
                ReportColumn.Integer("changed", "Re-tagged"),
            ],
            restatements.Select(r => (IReadOnlyList<ReportValue>)
            [
                r.Period.Key,
                MemberName(data, r.Dimension, r.Member),
                string.Create(CultureInfo.InvariantCulture, $"{r.FromVersion} → {r.ToVersion}"),
                r.RevenueChange,
                r.DirectCostChange,
                r.FullyLoadedMarginChange,
                r.Added.Count,
                r.Removed.Count,
                r.Changed.Count,
            ]).ToList());
        var causes = restatements
            .Select(r => new ReportFlag(
                string.Create(CultureInfo.InvariantCulture, $"{r.Period.Key} {MemberName(data, r.Dimension, r.Member)}: version {r.FromVersion} → {r.ToVersion}"),
                [.. r.Added.Concat(r.Removed).Concat(r.Changed).Select(id => id.Value)]))
            .ToList();
        return new ReportDocument("Restatements", [table, new FlagList("causes", "Transactions behind each restatement", causes)])
        {
            Subtitle = "Closed periods are never rewritten: a later change writes a new version, listed here with what caused it",
            Period = ReportRequest.Describe(periods),
            Filter = "dimension = " + dimension,
            FileName = "restatements",
        };
    }
}
