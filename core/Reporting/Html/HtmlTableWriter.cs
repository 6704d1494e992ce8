using ProfitPipeline.Reporting.Model;
using ProfitPipeline.Reporting.Rendering;

namespace ProfitPipeline.Reporting.Html;

/// <summary>A table with a caption and sortable headers: each header is a link re-requesting the page sorted by that column.</summary>
internal static class HtmlTableWriter
{
    public static void Write(HtmlOutput html, ReportTable table, ReportLinks links)
    {
        var sort = table.DefaultSort;
        html.Markup("<table id=\"").Text(table.Id).Markup("\"><caption>").Text(table.Title)
            .Markup(" <span class=\"meta\">(").Text(table.Rows.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))
            .Markup(table.Rows.Count == 1 ? " row)</span>" : " rows)</span>")
            .Markup("</caption><thead><tr>");
        foreach (var column in table.Columns)
        {
            var sorted = sort is not null && string.Equals(sort.ColumnKey, column.Key, StringComparison.Ordinal);
            var ariaSort = !sorted ? "none" : sort!.Direction == SortDirection.Ascending ? "ascending" : "descending";
            html.Markup(column.IsNumeric ? "<th scope=\"col\" class=\"num\" aria-sort=\"" : "<th scope=\"col\" aria-sort=\"").Markup(ariaSort)
                .Markup("\"><a href=\"").Text(links.Sort(column, sort)).Markup("\">").Text(column.Title);
            if (sorted)
            {
                html.Markup(sort!.Direction == SortDirection.Ascending ? " <span aria-hidden=\"true\">&#9650;</span>" : " <span aria-hidden=\"true\">&#9660;</span>");
            }

            html.Markup("</a></th>");
        }

        html.Markup("</tr></thead><tbody>");
        var keyIndex = table.KeyColumn is { } key ? table.IndexOf(key) : -1;
        foreach (var row in table.Rows)
        {
            html.Markup("<tr>");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                WriteCell(html, table, row, i, keyIndex);
            }

            html.Markup("</tr>");
        }

        html.Markup("</tbody></table>");
    }

    private static void WriteCell(HtmlOutput html, ReportTable table, IReadOnlyList<ReportValue> row, int index, int keyIndex)
    {
        var column = table.Columns[index];
        var value = row[index];
        html.Markup(column.IsNumeric ? (value.HasNumber && value.Number < 0m ? "<td class=\"num neg\">" : "<td class=\"num\">") : "<td>");
        var text = ReportValueFormatting.Display(value, column);
        if (index == keyIndex && table.LinkTemplate is { } template && !value.IsEmpty)
        {
            var href = template.Replace("{key}", Uri.EscapeDataString(ReportValueFormatting.Raw(value)), StringComparison.Ordinal);
            html.Markup("<a href=\"").Text(href).Markup("\">").Text(text).Markup("</a>");
        }
        else
        {
            html.Text(text);
        }

        html.Markup("</td>");
    }
}
