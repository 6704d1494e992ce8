using System.Globalization;
using System.Text.RegularExpressions;

namespace ProfitPipeline.Ingestion.Exports.Reading;

/// <summary>
/// Reads export amounts: dot decimal, optional thousands commas in groups of three, an optional currency symbol or code,
/// a leading or trailing minus or accounting parentheses. "1,5" is refused rather than read as fifteen.
/// </summary>
internal static partial class ExportAmounts
{
    public static bool TryParse(string? text, out decimal amount)
    {
        amount = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        var negative = false;
        if (value.StartsWith('(') && value.EndsWith(')'))
        {
            negative = true;
            value = value[1..^1].Trim();
        }

        if (value.EndsWith('-'))
        {
            negative = !negative;
            value = value[..^1].Trim();
        }

        var match = AmountPattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        if (match.Groups["sign"].Value is "-")
        {
            negative = !negative;
        }

        var digits = match.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            return false;
        }

        amount = negative ? -amount : amount;
        return true;
    }

    // Sign, then symbol or ISO code, in either order, then the number, then an optional trailing code ("12.00 USD").
    [GeneratedRegex(@"^(?:(?<sign>[-+])\s*)?(?:[$€£¥]|[A-Z]{3}\s?)?\s*(?:(?<sign>[-+])\s*)?(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:\s?[A-Za-z]{3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();
}
