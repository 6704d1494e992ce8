using System.Globalization;
using ProfitPipeline.Reporting.Html;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Svg;

/// <summary>One line per series over the periods; a missing value breaks the line rather than inventing a point.</summary>
internal static class LineSeriesSvg
{
    public static void Write(HtmlOutput html, LineSeries lines)
    {
        var summary = string.Create(CultureInfo.InvariantCulture, $"{lines.Series.Count} series over {lines.Periods.Count} periods.");
        SvgPlot.Open(html, lines, summary);
        var plot = new SvgPlot(lines.Series.SelectMany(s => s.Values).OfType<decimal>());
        plot.YAxis(html, lines.Unit, lines.Unit == "%" ? "Margin (%)" : "Amount (" + lines.Unit + ")");
        SvgPlot.Legend(html, lines.Series.Select(s => s.Name).ToList());
        var count = lines.Periods.Count;
        double XAt(int i) => SvgPlot.XInset(count == 1 ? 0.5 : (double)i / (count - 1));
        var labelEvery = Math.Max(1, count / 12);
        for (var i = 0; i < count; i++)
        {
            if (i % labelEvery == 0 || i == count - 1)
            {
                SvgPlot.XLabel(html, XAt(i), lines.Periods[i], slanted: count > 8);
            }
        }

        for (var s = 0; s < lines.Series.Count; s++)
        {
            var color = SvgPlot.Palette[s % SvgPlot.Palette.Length];
            var values = lines.Series[s].Values;
            var open = false;
            for (var i = 0; i < count; i++)
            {
                if (values[i] is { } value)
                {
                    html.Markup(open ? " " : "<polyline fill=\"none\" stroke-width=\"2\" stroke=\"" + color + "\" points=\"")
                        .Number(XAt(i)).Markup(",").Number(plot.Y(value));
                    open = true;
                }
                else if (open)
                {
                    html.Markup("\"/>");
                    open = false;
                }
            }

            if (open)
            {
                html.Markup("\"/>");
            }

            for (var i = 0; i < count; i++)
            {
                if (values[i] is { } value)
                {
                    html.Markup("<circle cx=\"").Number(XAt(i)).Markup("\" cy=\"").Number(plot.Y(value)).Markup("\" r=\"3\" fill=\"").Markup(color)
                        .Markup("\"><title>").Text(lines.Series[s].Name + ", " + lines.Periods[i] + ": " + SvgPlot.Label(value, lines.Unit)).Markup("</title></circle>");
                }
            }
        }

        SvgPlot.Close(html, summary);
    }
}
