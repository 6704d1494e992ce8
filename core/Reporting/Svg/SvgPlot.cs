using ProfitPipeline.Reporting.Html;
using ProfitPipeline.Reporting.Model;
using ProfitPipeline.Reporting.Rendering;

namespace ProfitPipeline.Reporting.Svg;

/// <summary>
/// The frame every chart shares: a fixed view box, a y scale with round ticks that always includes zero, gridlines, axis
/// titles, a legend, and the accessible name and description. Doubles live only here, for coordinates.
/// </summary>
internal sealed class SvgPlot
{
    public const double Width = 720;
    public const double Height = 320;
    public const double Left = 70;
    public const double Right = Width - 28;
    public const double Top = 34;
    public const double Bottom = Height - 64;

    public static readonly string[] Palette = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#7f7f7f", "#000000"];

    private readonly double _min;
    private readonly double _max;
    private readonly double _step;

    /// <param name="wholeNumbers">Counts: ticks fall on whole numbers.</param>
    public SvgPlot(IEnumerable<decimal> values, bool wholeNumbers = false)
    {
        var list = values.Select(v => (double)v).DefaultIfEmpty(0).ToList();
        var low = Math.Min(0, list.Min());
        var high = Math.Max(0, list.Max());
        if (high - low < 1e-9)
        {
            high = low + 1;
        }

        _step = NiceStep((high - low) / 5);
        if (wholeNumbers)
        {
            _step = Math.Max(1, Math.Round(_step));
        }

        _min = Math.Floor(low / _step) * _step;
        _max = Math.Ceiling(high / _step) * _step;
    }

    public double Y(double value) => Bottom - ((value - _min) / (_max - _min) * (Bottom - Top));

    public double Y(decimal value) => Y((double)value);

    public static double X(double fraction) => Left + (fraction * (Right - Left));

    /// <summary>An x position kept off the axes, for points whose labels are centred on them.</summary>
    public static double XInset(double fraction) => X(0.04 + (fraction * 0.92));

    public static void Open(HtmlOutput html, ReportSection section, string summary)
    {
        html.Markup("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Number(Width).Markup(" ").Number(Height)
            .Markup("\" width=\"").Number(Width).Markup("\" height=\"").Number(Height).Markup("\" role=\"img\" aria-labelledby=\"")
            .Text(section.Id).Markup("-t ").Text(section.Id).Markup("-d\" font-family=\"system-ui, sans-serif\"><title id=\"")
            .Text(section.Id).Markup("-t\">").Text(section.Title).Markup("</title><desc id=\"").Text(section.Id).Markup("-d\">")
            .Text(section.Description is { Length: > 0 } d ? d + " " + summary : summary).Markup("</desc>");
    }

    public static void Close(HtmlOutput html, string caption) =>
        html.Markup("</svg><figcaption>").Text(caption).Markup("</figcaption></figure>");

    /// <summary>Gridlines and labels for the y axis, the zero line emphasised, and the axis title.</summary>
    public void YAxis(HtmlOutput html, string unit, string title)
    {
        html.Markup("<g aria-hidden=\"true\">");
        for (var tick = _min; tick <= _max + (_step / 2); tick += _step)
        {
            var y = Y(tick);
            var zero = Math.Abs(tick) < _step / 1e6;
            html.Markup("<line x1=\"").Number(Left).Markup("\" x2=\"").Number(Right).Markup("\" y1=\"").Number(y).Markup("\" y2=\"").Number(y)
                .Markup(zero ? "\" stroke=\"#555\" stroke-width=\"1\"/>" : "\" stroke=\"#e3e3e3\" stroke-width=\"1\"/>")
                .Markup("<text x=\"").Number(Left - 6).Markup("\" y=\"").Number(y + 4).Markup("\" text-anchor=\"end\" fill=\"#333\">")
                .Text(Label(tick, unit)).Markup("</text>");
        }

        html.Markup("<line x1=\"").Number(Left).Markup("\" x2=\"").Number(Left).Markup("\" y1=\"").Number(Top).Markup("\" y2=\"").Number(Bottom)
            .Markup("\" stroke=\"#555\"/><text transform=\"translate(14 ").Number((Top + Bottom) / 2).Markup(") rotate(-90)\" text-anchor=\"middle\" fill=\"#333\">")
            .Text(title).Markup("</text></g>");
    }

    public static void XTitle(HtmlOutput html, string title) =>
        html.Markup("<text x=\"").Number((Left + Right) / 2).Markup("\" y=\"").Number(Height - 6).Markup("\" text-anchor=\"middle\" fill=\"#333\" aria-hidden=\"true\">")
            .Text(title).Markup("</text>");

    /// <summary>A label under the x axis at <paramref name="x"/>, slanted when labels are crowded.</summary>
    public static void XLabel(HtmlOutput html, double x, string text, bool slanted)
    {
        var shown = text.Length > 18 ? text[..17] + "…" : text;
        html.Markup("<text x=\"").Number(x).Markup("\" y=\"").Number(Bottom + 14).Markup(slanted ? "\" text-anchor=\"end\" transform=\"rotate(-30 " : "\" text-anchor=\"middle\" transform=\"rotate(0 ")
            .Number(x).Markup(" ").Number(Bottom + 14).Markup(")\" fill=\"#333\" aria-hidden=\"true\">").Text(shown).Markup("</text>");
    }

    public static void Legend(HtmlOutput html, IReadOnlyList<string> names)
    {
        var x = Left;
        html.Markup("<g aria-hidden=\"true\">");
        for (var i = 0; i < names.Count; i++)
        {
            html.Markup("<rect x=\"").Number(x).Markup("\" y=\"8\" width=\"12\" height=\"12\" fill=\"").Markup(Palette[i % Palette.Length]).Markup("\"/>")
                .Markup("<text x=\"").Number(x + 16).Markup("\" y=\"18\" fill=\"#333\">").Text(names[i]).Markup("</text>");
            x += 28 + (Math.Min(names[i].Length, 30) * 6.5);
        }

        html.Markup("</g>");
    }

    public static string Label(double value, string unit) =>
        unit == "%" ? ReportValueFormatting.Percent((decimal)value, 0) : ReportValueFormatting.Compact(value);

    public static string Label(decimal value, string unit) =>
        unit == "%" ? ReportValueFormatting.Percent(value) : ReportValueFormatting.Money(value, unit.Length == 3 ? unit : null);

    private static double NiceStep(double raw)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
