using Microsoft.AspNetCore.Http;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Rendering;

/// <summary>
/// Reads <c>?sort=column&amp;dir=asc|desc</c>. The column key is matched against each table's columns, so an unknown value
/// changes nothing and is never echoed back.
/// </summary>
internal static class ReportSortQuery
{
    public const string SortParameter = "sort";
    public const string DirectionParameter = "dir";

    public static TableSort? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var column = request.Query[SortParameter].FirstOrDefault();
        if (string.IsNullOrEmpty(column))
        {
            return null;
        }

        var direction = string.Equals(request.Query[DirectionParameter].FirstOrDefault(), "desc", StringComparison.OrdinalIgnoreCase)
            ? SortDirection.Descending
            : SortDirection.Ascending;
        return new TableSort(column, direction);
    }

    /// <summary>Each table ordered by the requested sort when it has that column, else by its default sort.</summary>
    public static ReportDocument Apply(ReportDocument document, TableSort? requested)
    {
        var sections = document.Sections
            .Select(s => s is ReportTable table
                ? table.SortedBy(requested is not null && table.IndexOf(requested.ColumnKey) >= 0 ? requested : table.DefaultSort)
                : s)
            .ToList();
        return document with { Sections = sections };
    }
}
