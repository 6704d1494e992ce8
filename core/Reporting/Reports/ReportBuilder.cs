using System.Globalization;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>Builds each report of the catalog from one profitability computation (and, for restatements, the snapshot store).</summary>
internal sealed partial class ReportBuilder(ReportDataCache cache, SnapshotStore snapshots)
{
    private static readonly decimal[] DayBuckets = [0m, 15m, 30m, 45m, 60m, 90m, 120m, 180m, 365m];

    /// <summary>The report, or null when it names something that does not exist (unknown report, customer or dimension).</summary>
    public async Task<ReportDocument?> BuildAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var data = await cache.GetAsync(cancellationToken);
        var periods = request.Select(data.Result.Periods);
        return request.Report switch
        {
            ReportRequest.Customers => Customers(data, request, periods),
            ReportRequest.Customer => Customer(data, request, periods),
            ReportRequest.Segments => Segments(data, request, periods),
            ReportRequest.Flags => Flags(data, request, periods),
            ReportRequest.Payments => Payments(data, request, periods),
            ReportRequest.Restatements => await RestatementsAsync(data, request, periods, cancellationToken),
            _ => null,
        };
    }
    private static FlagList FlagList(ReportData data, IEnumerable<ProfitabilityFlag> flags, string title) =>
        new(
            "flag-list",
            title,
            flags.Select(f => new ReportFlag(
                string.Create(CultureInfo.InvariantCulture, $"{f.Period.Key} · {f.Kind} · {MemberName(data, f.Dimension, f.Member)}: {f.Detail}"),
                [.. f.DrivingTransactions.Select(t => t.Value)])).ToList());

    private static string MemberName(ReportData data, string dimension, string member) =>
        dimension == Dimensions.Customer ? data.CustomerName(member) : member;
}
