using System.Globalization;
using ProfitPipeline.Reporting.Html;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Svg;

/// <summary>Bars side by side per category (e.g. contribution vs fully-loaded margin); negative bars hang below zero.</summary>
internal static class GroupedBarsSvg
{
    // Beyond this many groups bars become hairlines; the table holds the rest.
    private const int MaxCategories = 30;

    public static void Write(HtmlOutput html, GroupedBars bars)
    {
        var shown = Math.Min(bars.Categories.Count, MaxCategories);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{string.Join(" and ", bars.Series.Select(s => s.Name))} for {shown} of {bars.Categories.Count} categories.");
        SvgPlot.Open(html, bars, summary);
        var plot = new SvgPlot(bars.Series.SelectMany(s => s.Values.Take(shown)).OfType<decimal>());
        plot.YAxis(html, bars.Unit, bars.Unit == "%" ? "Margin (%)" : "Amount (" + bars.Unit + ")");
        SvgPlot.Legend(html, bars.Series.Select(s => s.Name).ToList());
        var groupWidth = (SvgPlot.Right - SvgPlot.Left) / Math.Max(shown, 1);
        var barWidth = groupWidth * 0.8 / Math.Max(bars.Series.Count, 1);
        var zero = plot.Y(0d);
        for (var c = 0; c < shown; c++)
        {
            var groupLeft = SvgPlot.Left + (c * groupWidth) + (groupWidth * 0.1);
            for (var s = 0; s < bars.Series.Count; s++)
            {
                if (bars.Series[s].Values[c] is not { } value)
                {
                    continue;
                }

                var y = plot.Y(value);
                html.Markup("<rect x=\"").Number(groupLeft + (s * barWidth)).Markup("\" y=\"").Number(Math.Min(y, zero))
                    .Markup("\" width=\"").Number(Math.Max(barWidth - 1, 0.5)).Markup("\" height=\"").Number(Math.Max(Math.Abs(zero - y), 0.5))
                    .Markup("\" fill=\"").Markup(SvgPlot.Palette[s % SvgPlot.Palette.Length]).Markup("\"><title>")
                    .Text(bars.Categories[c] + " – " + bars.Series[s].Name + ": " + SvgPlot.Label(value, bars.Unit)).Markup("</title></rect>");
            }

            SvgPlot.XLabel(html, groupLeft + (groupWidth * 0.4), bars.Categories[c], slanted: shown > 6);
        }

        SvgPlot.Close(html, summary);
    }
}
