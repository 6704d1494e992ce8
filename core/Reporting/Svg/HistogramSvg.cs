using System.Globalization;
using ProfitPipeline.Reporting.Html;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Svg;

/// <summary>Adjacent bars, one per bucket, labelled with the bucket edges (e.g. days to pay).</summary>
internal static class HistogramSvg
{
    public static void Write(HtmlOutput html, Histogram histogram)
    {
        var buckets = histogram.Counts.Count;
        var total = histogram.Counts.Sum();
        var summary = string.Create(CultureInfo.InvariantCulture, $"{total} values in {buckets} buckets of {histogram.Unit} from {histogram.Edges[0]} to {histogram.Edges[^1]}.");
        SvgPlot.Open(html, histogram, summary);
        var plot = new SvgPlot(histogram.Counts.Select(c => (decimal)c), wholeNumbers: true);
        plot.YAxis(html, "count", "Count");
        SvgPlot.XTitle(html, histogram.Unit);
        var width = (SvgPlot.Right - SvgPlot.Left) / buckets;
        var zero = plot.Y(0d);
        for (var i = 0; i < buckets; i++)
        {
            var x = SvgPlot.Left + (i * width);
            var y = plot.Y((double)histogram.Counts[i]);
            var range = string.Create(CultureInfo.InvariantCulture, $"{histogram.Edges[i]}–{histogram.Edges[i + 1]} {histogram.Unit}: {histogram.Counts[i]}");
            html.Markup("<rect x=\"").Number(x + 1).Markup("\" y=\"").Number(y).Markup("\" width=\"").Number(Math.Max(width - 2, 0.5))
                .Markup("\" height=\"").Number(Math.Max(zero - y, 0)).Markup("\" fill=\"").Markup(SvgPlot.Palette[0]).Markup("\"><title>").Text(range).Markup("</title></rect>");
            SvgPlot.XLabel(html, x, histogram.Edges[i].ToString(CultureInfo.InvariantCulture), slanted: false);
        }

        SvgPlot.XLabel(html, SvgPlot.Right, histogram.Edges[^1].ToString(CultureInfo.InvariantCulture), slanted: false);
        SvgPlot.Close(html, summary);
    }
}
