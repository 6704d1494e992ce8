using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using ProfitPipeline.Reporting.Model;
using ProfitPipeline.Reporting.Rendering;

namespace ProfitPipeline.Reporting.Html;

/// <summary>
/// Links that re-request the same page with changed query parameters (sort, format), keeping every other parameter. Values
/// are URL-encoded here and HTML-encoded when written, so request input is never reflected raw.
/// </summary>
internal sealed class ReportLinks(IQueryCollection query)
{
    public static ReportLinks None { get; } = new(QueryCollection.Empty);

    public string Sort(ReportColumn column, TableSort? current)
    {
        var descending = current is not null && string.Equals(current.ColumnKey, column.Key, StringComparison.Ordinal)
            ? current.Direction == SortDirection.Ascending
            : column.IsNumeric;
        return With([(ReportSortQuery.SortParameter, column.Key), (ReportSortQuery.DirectionParameter, descending ? "desc" : "asc")]);
    }

    /// <summary>The page in another format, in the order shown (a sort value no table knew is dropped, not carried on).</summary>
    public string Format(ReportFormat format, TableSort? shown)
    {
        var formatParameter = (ReportFormatNegotiation.FormatParameter, format.ToString().ToLowerInvariant());
        return shown is null
            ? With([formatParameter], dropped: [ReportSortQuery.SortParameter, ReportSortQuery.DirectionParameter])
            : With([formatParameter, (ReportSortQuery.SortParameter, shown.ColumnKey), (ReportSortQuery.DirectionParameter, shown.DirectionParameter)]);
    }

    private string With((string Name, string Value)[] changes, string[]? dropped = null)
    {
        var pairs = query
            .Where(p => !changes.Any(c => string.Equals(c.Name, p.Key, StringComparison.OrdinalIgnoreCase))
                && !(dropped ?? []).Contains(p.Key, StringComparer.OrdinalIgnoreCase))
            .Concat(changes.Select(c => new KeyValuePair<string, StringValues>(c.Name, c.Value)));
        return QueryString.Create(pairs).ToUriComponent();
    }
}
