using System.Globalization;
using Microsoft.AspNetCore.Http;
using ProfitPipeline.Profitability;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>
/// What a report covers: a period range (<c>from</c>/<c>to</c> period keys such as 2026-01; by default the last twelve
/// periods with data), and for segment and customer reports the dimension, member or customer.
/// </summary>
public sealed record ReportRequest(string Report, string? From = null, string? To = null, string? Dimension = null, string? Member = null, string? CustomerId = null)
{
    public const string Customers = "customers";
    public const string Customer = "customer";
    public const string Segments = "segments";
    public const string Flags = "flags";
    public const string Payments = "payments";
    public const string Restatements = "restatements";

    public static IReadOnlyList<string> Names { get; } = [Customers, Customer, Segments, Flags, Payments, Restatements];

    internal static ReportRequest FromQuery(string report, IQueryCollection query, string? dimension = null, string? customerId = null) =>
        new(report, query["from"].FirstOrDefault(), query["to"].FirstOrDefault(), dimension ?? query["dimension"].FirstOrDefault(), query["member"].FirstOrDefault(), customerId);

    /// <summary>The periods of <paramref name="available"/> this request covers; throws <see cref="FormatException"/> for a bad key.</summary>
    internal IReadOnlyList<Period> Select(IReadOnlyList<Period> available)
    {
        var from = From is null ? (Period?)null : Period.Parse(From);
        var to = To is null ? (Period?)null : Period.Parse(To);
        var inRange = available.Where(p => (from is null || p >= from) && (to is null || p <= to)).Order().ToList();
        return from is null && to is null ? inRange.TakeLast(12).ToList() : inRange;
    }

    internal static string Describe(IReadOnlyList<Period> periods) =>
        periods.Count == 0 ? "no periods with data" : string.Create(CultureInfo.InvariantCulture, $"{periods[0].Key} to {periods[^1].Key}");
}
