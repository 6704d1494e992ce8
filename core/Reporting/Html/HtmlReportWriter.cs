using ProfitPipeline.Reporting.Model;
using ProfitPipeline.Reporting.Rendering;
using ProfitPipeline.Reporting.Svg;

namespace ProfitPipeline.Reporting.Html;

/// <summary>
/// The HTML rendering: one self-contained page, no script, one hashed inline style sheet, charts as inline SVG, every value
/// encoded. Prints cleanly (navigation hidden, table headers repeated on each page).
/// </summary>
internal static class HtmlReportWriter
{
    public static string Write(ReportDocument document, ReportLinks links)
    {
        var rows = document.Sections.OfType<ReportTable>().Sum(t => t.Rows.Count);
        var html = new HtmlOutput(8 * 1024 + rows * 400);
        html.Markup("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Markup("<meta name=\"referrer\" content=\"no-referrer\"><title>").Text(document.Title).Markup("</title><style>")
            .Markup(ReportStyle.Css).Markup("</style></head><body><header><h1>").Text(document.Title).Markup("</h1>");
        WriteMeta(html, document.Subtitle);
        WriteMeta(html, string.Join(" · ", new[] { document.Period, document.Filter }.Where(s => !string.IsNullOrEmpty(s))));
        var shown = document.MainTable?.DefaultSort;
        html.Markup("<nav aria-label=\"Other formats\"><a href=\"").Text(links.Format(ReportFormat.Csv, shown)).Markup("\">CSV</a><a href=\"")
            .Text(links.Format(ReportFormat.Json, shown)).Markup("\">JSON</a></nav></header><main>");
        foreach (var section in document.Sections)
        {
            WriteSection(html, section, links);
        }

        if (document.Sections.Count == 0)
        {
            html.Markup("<p class=\"empty\">No data for this selection.</p>");
        }

        html.Markup("</main></body></html>");
        return html.ToString();
    }

    private static void WriteSection(HtmlOutput html, ReportSection section, ReportLinks links)
    {
        html.Markup("<section aria-labelledby=\"").Text(section.Id).Markup("-h\"><h2 id=\"").Text(section.Id).Markup("-h\">").Text(section.Title).Markup("</h2>");
        if (section.Description is { Length: > 0 } description)
        {
            html.Markup("<p>").Text(description).Markup("</p>");
        }

        switch (section)
        {
            case ReportTable table:
                HtmlTableWriter.Write(html, table, links);
                break;
            case FlagList flags:
                HtmlFlagListWriter.Write(html, flags);
                break;
            default:
                SvgChartWriter.Write(html, section);
                break;
        }

        html.Markup("</section>");
    }

    private static void WriteMeta(HtmlOutput html, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            html.Markup("<p class=\"meta\">").Text(text).Markup("</p>");
        }
    }
}
