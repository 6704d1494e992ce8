using System.Globalization;
using ProfitPipeline.Reporting.Model;

namespace ProfitPipeline.Reporting.Rendering;

/// <summary>How values read on screen and in text (invariant culture: reports must not change with the server's locale).</summary>
internal static class ReportValueFormatting
{
    private static readonly string[] GroupedFormats = ["N0", "N1", "N2", "N3", "N4", "N5", "N6"];

    public static string Display(ReportValue value, ReportColumn column)
    {
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        return column.Kind switch
        {
            ColumnKind.Money when value.HasNumber => Money(value.Number, value.Currency?.Value, column.Decimals ?? 2),
            ColumnKind.Percent when value.HasNumber => Percent(value.Number, column.Decimals ?? 1),
            ColumnKind.Integer when value.HasNumber => value.Number.ToString("N0", CultureInfo.InvariantCulture),
            ColumnKind.Decimal when value.HasNumber => value.Number.ToString(Grouped(column.Decimals ?? 2), CultureInfo.InvariantCulture),
            _ => Raw(value),
        };
    }

    public static string Money(decimal amount, string? currency, int decimals = 2)
    {
        var number = amount.ToString(Grouped(decimals), CultureInfo.InvariantCulture);
        return currency is null ? number : number + " " + currency;
    }

    public static string Percent(decimal fraction, int decimals = 1) =>
        (fraction * 100m).ToString(Grouped(decimals), CultureInfo.InvariantCulture) + " %";

    /// <summary>The value as data: numbers in invariant culture with full precision, dates as yyyy-MM-dd.</summary>
    public static string Raw(ReportValue value) =>
        value.HasNumber ? value.Number.ToString(CultureInfo.InvariantCulture)
        : value.Date is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : value.Text ?? string.Empty;

    private static string Grouped(int decimals) =>
        decimals >= 0 && decimals < GroupedFormats.Length ? GroupedFormats[decimals] : "N" + decimals.ToString(CultureInfo.InvariantCulture);

    /// <summary>Short axis labels: 1.5k, 2.3M.</summary>
    public static string Compact(double value)
    {
        var magnitude = Math.Abs(value);
        return magnitude switch
        {
            >= 1e9 => (value / 1e9).ToString("0.#", CultureInfo.InvariantCulture) + "G",
            >= 1e6 => (value / 1e6).ToString("0.#", CultureInfo.InvariantCulture) + "M",
            >= 1e4 => (value / 1e3).ToString("0.#", CultureInfo.InvariantCulture) + "k",
            _ => value.ToString("0.##", CultureInfo.InvariantCulture),
        };
    }
}
