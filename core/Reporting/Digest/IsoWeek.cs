using System.Globalization;

namespace ProfitPipeline.Reporting.Digest;

/// <summary>An ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday), written 2026-W47.</summary>
internal readonly record struct IsoWeek
{
    public IsoWeek(int year, int week)
    {
        if (year is < 1 or > 9998 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            throw new ArgumentOutOfRangeException(nameof(week), $"{year}-W{week} is not an ISO week.");
        }

        Year = year;
        Week = week;
    }

    public int Year { get; }

    public int Week { get; }

    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public static IsoWeek Containing(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
    }

    /// <summary>The last complete week before <paramref name="now"/> (UTC): what a Monday-morning digest reports on.</summary>
    public static IsoWeek LastCompleteBefore(DateTimeOffset now) => Containing(DateOnly.FromDateTime(now.UtcDateTime).AddDays(-7));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");
}
