using System.Globalization;

namespace ProfitPipeline.Ingestion.Ofx;

/// <summary>OFX's date and amount notations.</summary>
internal static class OfxValues
{
    /// <summary>
    /// Reads the date of <c>yyyyMMdd[HHmmss[.xxx]][[+-]h:TZ]</c>. The calendar date as the bank wrote it is kept:
    /// converting by the time-zone suffix would move late-evening bookings to another day.
    /// </summary>
    public static bool TryParseDate(string? value, out DateOnly date)
    {
        date = default;
        return value is { Length: >= 8 }
            && DateOnly.TryParseExact(value.AsSpan(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>Reads a signed amount; a lone comma is taken as the decimal separator (some European banks write one).</summary>
    public static bool TryParseAmount(string? value, out decimal amount)
    {
        amount = 0m;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        if (text.Contains(',', StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal))
        {
            text = text.Replace(',', '.');
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }
}
