using System.Globalization;
using ProfitPipeline.Reporting.Html;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Svg;

/// <summary>The whale curve: cumulative profit by customer rank, starting at zero, with its peak marked.</summary>
internal static class WhaleCurveSvg
{
    // More points than pixels adds bytes, not information; the peak and the end are always kept.
    private const int MaxPoints = 600;

    public static void Write(HtmlOutput html, WhaleCurve whale)
    {
        var points = whale.CumulativeProfit;
        var n = points.Count;
        var peakIndex = n == 0 ? -1 : IndexOfMax(points);
        var summary = n == 0
            ? "No customers."
            : string.Create(CultureInfo.InvariantCulture, $"{n} customers; cumulative profit peaks at {SvgPlot.Label(points[peakIndex], whale.Currency)} after {peakIndex + 1} customers and ends at {SvgPlot.Label(points[n - 1], whale.Currency)}.");
        SvgPlot.Open(html, whale, summary);
        var plot = new SvgPlot(points);
        plot.YAxis(html, whale.Currency, "Cumulative profit (" + whale.Currency + ")");
        SvgPlot.XTitle(html, "Customers, most to least profitable");
        if (n > 0)
        {
            foreach (var rank in new[] { 0, n / 4, n / 2, 3 * n / 4, n }.Distinct())
            {
                SvgPlot.XLabel(html, SvgPlot.X((double)rank / n), rank.ToString(CultureInfo.InvariantCulture), slanted: false);
            }

            html.Markup("<polyline fill=\"none\" stroke=\"").Markup(SvgPlot.Palette[0]).Markup("\" stroke-width=\"2\" points=\"")
                .Number(SvgPlot.X(0)).Markup(",").Number(plot.Y(0d));
            var stride = Math.Max(1, n / MaxPoints);
            for (var i = 0; i < n; i++)
            {
                if (i % stride == 0 || i == peakIndex || i == n - 1)
                {
                    html.Markup(" ").Number(SvgPlot.X((i + 1.0) / n)).Markup(",").Number(plot.Y(points[i]));
                }
            }

            html.Markup("\"/>");
            var peakX = SvgPlot.X((peakIndex + 1.0) / n);
            var peakY = plot.Y(points[peakIndex]);
            html.Markup("<circle cx=\"").Number(peakX).Markup("\" cy=\"").Number(peakY).Markup("\" r=\"4\" fill=\"").Markup(SvgPlot.Palette[5]).Markup("\"/>")
                .Markup("<text x=\"").Number(Math.Min(peakX + 6, SvgPlot.Right - 150)).Markup("\" y=\"").Number(Math.Max(peakY - 8, SvgPlot.Top + 10))
                .Markup("\" fill=\"#333\">peak ").Text(SvgPlot.Label(points[peakIndex], whale.Currency)).Markup("</text>");
        }

        SvgPlot.Close(html, summary);
    }

    private static int IndexOfMax(IReadOnlyList<decimal> values)
    {
        var best = 0;
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }
}
