using System.Globalization;

namespace ProfitPipeline.Profitability;

/// <summary>A reporting period: a month (default), an ISO week or a quarter. Only valid periods can be built.</summary>
public readonly record struct Period : IComparable<Period>
{
    private Period(PeriodGranularity granularity, DateOnly start, DateOnly endExclusive)
    {
        Granularity = granularity;
        Start = start;
        EndExclusive = endExclusive;
    }

    public PeriodGranularity Granularity { get; }

    public DateOnly Start { get; }

    public DateOnly EndExclusive { get; }

    /// <summary>The last day inside the period.</summary>
    public DateOnly End => EndExclusive.AddDays(-1);

    /// <summary>"2026-03", "2026-W09" or "2026-Q1": sortable within one granularity and safe as a storage key.</summary>
    public string Key => Granularity switch
    {
        PeriodGranularity.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodGranularity.IsoWeek => string.Create(
            CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-Q{((Start.Month - 1) / 3) + 1}"),
    };

    public static Period Containing(DateOnly date, PeriodGranularity granularity)
    {
        switch (granularity)
        {
            case PeriodGranularity.Month:
                var month = new DateOnly(date.Year, date.Month, 1);
                return new Period(granularity, month, month.AddMonths(1));
            case PeriodGranularity.IsoWeek:
                var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
                return new Period(granularity, monday, monday.AddDays(7));
            case PeriodGranularity.Quarter:
                var quarter = new DateOnly(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1);
                return new Period(granularity, quarter, quarter.AddMonths(3));
            default:
                throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Unknown period granularity.");
        }
    }

    public static Period Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 7 && key[4] == '-' && key[5] != 'Q'
            && DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return Containing(month, PeriodGranularity.Month);
        }

        if (key.Length == 7 && key[5] == 'Q' && int.TryParse(key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var qYear)
            && key[6] is >= '1' and <= '4')
        {
            return Containing(new DateOnly(qYear, ((key[6] - '1') * 3) + 1, 1), PeriodGranularity.Quarter);
        }

        if (key.Length == 8 && key[5] == 'W'
            && int.TryParse(key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var wYear)
            && int.TryParse(key.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            && week >= 1 && week <= ISOWeek.GetWeeksInYear(wYear))
        {
            return Containing(DateOnly.FromDateTime(ISOWeek.ToDateTime(wYear, week, DayOfWeek.Monday)), PeriodGranularity.IsoWeek);
        }

        throw new FormatException($"'{key}' is not a period key (yyyy-MM, yyyy-Www or yyyy-Qn).");
    }

    public bool Contains(DateOnly date) => date >= Start && date < EndExclusive;

    public Period Previous() => Containing(Start.AddDays(-1), Granularity);

    public Period Next() => Containing(EndExclusive, Granularity);

    public int CompareTo(Period other) => Start.CompareTo(other.Start);

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    public override string ToString() => Key;
}
