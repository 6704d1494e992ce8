using ProfitPipeline.Reporting.Html;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Svg;

/// <summary>Writes a chart section as an inline SVG figure.</summary>
internal static class SvgChartWriter
{
    public static void Write(HtmlOutput html, ReportSection chart)
    {
        switch (chart)
        {
            case WhaleCurve whale:
                WhaleCurveSvg.Write(html, whale);
                break;
            case GroupedBars bars:
                GroupedBarsSvg.Write(html, bars);
                break;
            case LineSeries lines:
                LineSeriesSvg.Write(html, lines);
                break;
            case Histogram histogram:
                HistogramSvg.Write(html, histogram);
                break;
            default:
                throw new NotSupportedException($"No SVG for {chart.GetType().Name}.");
        }
    }
}
