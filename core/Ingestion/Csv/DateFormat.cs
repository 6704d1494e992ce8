using System.Globalization;

namespace ProfitPipeline.Ingestion.Csv;

/// <summary>
/// One format of the allow-list of bank date formats. Day and month take one or two digits whatever the pattern
/// says, and a month name may be abbreviated or written in full; a time after the date (ISO <c>T</c>, a space, or OFX's <c>HHmmss[tz]</c>) is ignored.
/// Hand-written rather than <see cref="DateTime.ParseExact(string, string, IFormatProvider)"/> so the hot path reads
/// spans without allocating and without culture surprises.
/// </summary>
internal sealed class DateFormat
{
    private DateFormat(string pattern, DateOrder order, char separator, bool twoDigitYear = false, bool monthName = false)
    {
        Pattern = pattern;
        Order = order;
        Separator = separator;
        TwoDigitYear = twoDigitYear;
        MonthName = monthName;
        IsFixedWidth = separator != '\0' && !monthName && pattern.Count(c => c is 'd') == 2 && pattern.Count(c => c is 'M') == 2;
        YearAt = pattern.IndexOf('y', StringComparison.Ordinal);
        MonthAt = pattern.IndexOf('M', StringComparison.Ordinal);
        DayAt = pattern.IndexOf('d', StringComparison.Ordinal);
        FirstSeparatorAt = pattern.IndexOf(separator, StringComparison.Ordinal);
        SecondSeparatorAt = pattern.LastIndexOf(separator);
    }

    /// <summary>The pattern in .NET custom-format notation, as mapping profiles name it.</summary>
    public string Pattern { get; }

    public DateOrder Order { get; }

    /// <summary>'\0' for the compact <c>yyyyMMdd</c>.</summary>
    private char Separator { get; }

    private bool TwoDigitYear { get; }

    private bool MonthName { get; }

    /// <summary>Two-digit day and month and a numeric month: every date written in full has the pattern's width.</summary>
    private bool IsFixedWidth { get; }

    private int YearAt { get; }

    private int MonthAt { get; }

    private int DayAt { get; }

    private int FirstSeparatorAt { get; }

    private int SecondSeparatorAt { get; }

    public static IReadOnlyList<DateFormat> AllowList { get; } =
    [
        new("yyyy-MM-dd", DateOrder.YearMonthDay, '-'),
        new("yyyy/MM/dd", DateOrder.YearMonthDay, '/'),
        new("yyyy.MM.dd", DateOrder.YearMonthDay, '.'),
        new("yyyyMMdd", DateOrder.YearMonthDay, '\0'),
        new("dd.MM.yyyy", DateOrder.DayMonthYear, '.'),
        new("dd/MM/yyyy", DateOrder.DayMonthYear, '/'),
        new("dd-MM-yyyy", DateOrder.DayMonthYear, '-'),
        new("dd.MM.yy", DateOrder.DayMonthYear, '.', twoDigitYear: true),
        new("dd/MM/yy", DateOrder.DayMonthYear, '/', twoDigitYear: true),
        new("dd-MM-yy", DateOrder.DayMonthYear, '-', twoDigitYear: true),
        new("MM/dd/yyyy", DateOrder.MonthDayYear, '/'),
        new("MM-dd-yyyy", DateOrder.MonthDayYear, '-'),
        new("MM/dd/yy", DateOrder.MonthDayYear, '/', twoDigitYear: true),
        new("d MMM yyyy", DateOrder.DayMonthYear, ' ', monthName: true),
        new("d-MMM-yyyy", DateOrder.DayMonthYear, '-', monthName: true),
        new("d MMM yy", DateOrder.DayMonthYear, ' ', twoDigitYear: true, monthName: true),
        new("d-MMM-yy", DateOrder.DayMonthYear, '-', twoDigitYear: true, monthName: true),
        new("MMM d, yyyy", DateOrder.MonthDayYear, ' ', monthName: true),
    ];

    public static DateFormat? FromPattern(string? pattern) =>
        pattern is null ? null : AllowList.FirstOrDefault(f => string.Equals(f.Pattern, pattern, StringComparison.Ordinal));

    public override string ToString() => Pattern;

    public bool TryParse(ReadOnlySpan<char> text, out DateOnly date) =>
        (IsFixedWidth && text.Length == Pattern.Length && TryParseFixedWidth(text, out date)) || TryParseGeneral(text, out date);

    /// <summary>The general reading alone, without the fixed-width fast path (which tests hold to it).</summary>
    internal bool TryParseGeneral(ReadOnlySpan<char> text, out DateOnly date)
    {
        text = text.Trim();
        return Separator == '\0' ? TryParseCompact(text, out date) : TryParseSeparated(text, out date);
    }

    /// <summary>
    /// The usual case read by position (digits where the pattern has a field, its separator elsewhere): the same date the
    /// general path reads, without searching for separators. False sends the text to the general path.
    /// </summary>
    private bool TryParseFixedWidth(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text[FirstSeparatorAt] != Separator || text[SecondSeparatorAt] != Separator
            || !TwoDigits(text, MonthAt, out var month) || !TwoDigits(text, DayAt, out var day) || !TwoDigits(text, YearAt, out var year))
        {
            return false;
        }

        if (TwoDigitYear)
        {
            // The same window as Year() below.
            year += year <= 49 ? 2000 : 1900;
        }
        else if (TwoDigits(text, YearAt + 2, out var low))
        {
            year = (year * 100) + low;
        }
        else
        {
            return false;
        }

        return TryMake(year, month, day, out date);
    }

    private static bool TwoDigits(ReadOnlySpan<char> text, int at, out int value)
    {
        var tens = unchecked((uint)(text[at] - '0'));
        var ones = unchecked((uint)(text[at + 1] - '0'));
        value = tens <= 9 && ones <= 9 ? (int)((tens * 10) + ones) : -1;
        return value >= 0;
    }

    private static bool TryParseCompact(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length < 8 || !Digits(text[..8], out var digits))
        {
            return false;
        }

        var rest = text[8..];
        if (!rest.IsEmpty && !IsOfxTime(rest) && !IsTimeSuffix(rest))
        {
            return false;
        }

        return TryMake(digits / 10000, digits / 100 % 100, digits % 100, out date);
    }

    private bool TryParseSeparated(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        var first = text.IndexOf(Separator);
        if (first <= 0)
        {
            return false;
        }

        var afterFirst = text[(first + 1)..];
        var second = afterFirst.IndexOf(Separator);
        if (second <= 0)
        {
            return false;
        }

        var part1 = text[..first];
        var part2 = afterFirst[..second];
        var tail = afterFirst[(second + 1)..];
        var yearLength = 0;
        while (yearLength < tail.Length && char.IsAsciiDigit(tail[yearLength]))
        {
            yearLength++;
        }

        var part3 = tail[..yearLength];
        if (!IsTimeSuffix(tail[yearLength..]))
        {
            return false;
        }

        return Order switch
        {
            DateOrder.YearMonthDay => Year(part1, fourDigitsOnly: true, out var y) && Number(part2, out var m) && Number(part3, out var d) && TryMake(y, m, d, out date),
            DateOrder.DayMonthYear => Number(part1, out var d) && Month(part2, out var m) && Year(part3, fourDigitsOnly: false, out var y) && TryMake(y, m, d, out date),
            // "Jan 24, 2015": with a month name the day carries the comma.
            _ => Month(part1, out var m) && Number(MonthName ? part2.TrimEnd(',') : part2, out var d) && Year(part3, fourDigitsOnly: false, out var y) && TryMake(y, m, d, out date),
        };
    }

    private bool Month(ReadOnlySpan<char> part, out int month) =>
        MonthName ? MonthNames.TryParse(part, out month) : Number(part, out month);

    private bool Year(ReadOnlySpan<char> part, bool fourDigitsOnly, out int year)
    {
        year = 0;
        var expected = TwoDigitYear && !fourDigitsOnly ? 2 : 4;
        if (part.Length != expected || !Digits(part, out year))
        {
            return false;
        }

        if (expected == 2)
        {
            // The same window as the invariant calendar's TwoDigitYearMax (2049).
            year += year <= 49 ? 2000 : 1900;
        }

        return true;
    }

    private static bool Number(ReadOnlySpan<char> part, out int value)
    {
        value = 0;
        return part.Length is 1 or 2 && Digits(part, out value);
    }

    private static bool Digits(ReadOnlySpan<char> part, out int value)
    {
        value = 0;
        foreach (var c in part)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return part.Length > 0;
    }

    /// <summary>A time after the date: nothing, or "T"/space then a digit (2024-01-31T10:00:00, 31.01.2024 10:00).</summary>
    private static bool IsTimeSuffix(ReadOnlySpan<char> rest) =>
        rest.IsEmpty || (rest.Length >= 2 && rest[0] is 'T' or ' ' && char.IsAsciiDigit(rest[1]));

    /// <summary>OFX-style date-times: 20091224120000 or 20091224120000[0:GMT].</summary>
    private static bool IsOfxTime(ReadOnlySpan<char> rest) =>
        rest.Length >= 6 && Digits(rest[..6], out _) && (rest.Length == 6 || (rest[6] == '[' && rest[^1] == ']'));

    private static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1900 or > 2199 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Month names and abbreviations in English, German, Dutch, French and Spanish, matched on their start.</summary>
    private static class MonthNames
    {
        private static readonly (string Prefix, int Month)[] Prefixes =
        [
            ("juin", 6), ("juil", 7), ("jan", 1), ("ene", 1), ("feb", 2), ("fev", 2), ("fév", 2), ("mar", 3), ("mär", 3), ("mrt", 3), ("mrz", 3),
            ("apr", 4), ("avr", 4), ("abr", 4), ("may", 5), ("mai", 5), ("mei", 5), ("jun", 6), ("jul", 7), ("aug", 8), ("aoû", 8), ("aou", 8), ("ago", 8),
            ("sep", 9), ("oct", 10), ("okt", 10), ("nov", 11), ("dec", 12), ("déc", 12), ("dez", 12), ("dic", 12),
        ];

        public static bool TryParse(ReadOnlySpan<char> part, out int month)
        {
            month = 0;
            part = part.TrimEnd('.');
            if (part.Length < 3)
            {
                return false;
            }

            foreach (var c in part)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            foreach (var (prefix, value) in Prefixes)
            {
                if (part.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    month = value;
                    return true;
                }
            }

            return false;
        }
    }
}
