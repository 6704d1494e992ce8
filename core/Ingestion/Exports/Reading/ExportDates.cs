using System.Globalization;
using System.Text.RegularExpressions;

namespace ProfitPipeline.Ingestion.Exports.Reading;

/// <summary>
/// Reads export dates: ISO (yyyy-MM-dd, with or without a time), month names (15 Jan 2025, Jan 15, 2025, 15-Jan-25) and
/// numeric day/month or month/day forms, whose order is decided once per file from all of its values, never guessed.
/// </summary>
internal static partial class ExportDates
{
    private static readonly string[] MonthNameFormats =
        ["d MMM yyyy", "d MMMM yyyy", "d-MMM-yyyy", "d-MMM-yy", "MMM d, yyyy", "MMMM d, yyyy", "MMM d yyyy"];

    /// <summary>
    /// Decides the order of a file's numeric dates. Null when none needs deciding (ISO, month names, or equal day and month).
    /// Throws <see cref="UnreadableFileException"/> when the values mix both orders or fit either.
    /// </summary>
    public static DateOrder? ResolveOrder(IEnumerable<string?> values)
    {
        bool dayFirst = false, monthFirst = false, undecided = false;
        foreach (var value in values)
        {
            if (value is null || NumericPattern().Match(value.Trim()) is not { Success: true } match)
            {
                continue;
            }

            var first = int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture);
            if (match.Groups["sep"].Value is "." || first > 12)
            {
                dayFirst = true;
            }
            else if (second > 12)
            {
                monthFirst = true;
            }
            else if (first != second)
            {
                undecided = true;
            }
        }

        return (dayFirst, monthFirst) switch
        {
            (true, true) => throw new UnreadableFileException(
                "The file's dates mix day-first and month-first forms; add a mapping profile that names the date format."),
            (true, false) => DateOrder.DayFirst,
            (false, true) => DateOrder.MonthFirst,
            _ when undecided => throw new UnreadableFileException(
                "The file's dates could be day-first or month-first (no day is above 12); add a mapping profile that names the date format."),
            _ => null,
        };
    }

    public static bool TryParse(string? text, DateOrder? order, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        if (IsoPattern().Match(value) is { Success: true } iso)
        {
            return TryCreate(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, out date);
        }

        if (NumericPattern().Match(value) is { Success: true } numeric)
        {
            string a = numeric.Groups["a"].Value, b = numeric.Groups["b"].Value, year = numeric.Groups["y"].Value;
            if (year.Length == 2)
            {
                year = "20" + year;
            }

            var resolved = numeric.Groups["sep"].Value is "." ? DateOrder.DayFirst : order;
            return resolved switch
            {
                DateOrder.DayFirst => TryCreate(year, b, a, out date),
                DateOrder.MonthFirst => TryCreate(year, a, b, out date),
                _ => a == b && TryCreate(year, a, b, out date),
            };
        }

        var withoutTime = TimeSuffixPattern().Replace(value, string.Empty);
        if (DateTime.TryParseExact(withoutTime, MonthNameFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }

        return false;
    }

    private static bool TryCreate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        int y = int.Parse(year, CultureInfo.InvariantCulture), m = int.Parse(month, CultureInfo.InvariantCulture), d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y is < 1900 or > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?:[T ].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeSuffixPattern();
}
