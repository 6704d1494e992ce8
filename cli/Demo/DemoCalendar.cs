namespace ProfitPipeline.Cli.Demo;

/// <summary>The demo's year: the 12 full months before the as-of month, and the business-day rules banks apply.</summary>
internal sealed class DemoCalendar(DateOnly asOf)
{
    public DateOnly AsOf { get; } = asOf;

    /// <summary>First day of the first invoiced month.</summary>
    public DateOnly Start { get; } = new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-12);

    /// <summary>First day of the as-of month: invoicing stops before it.</summary>
    public DateOnly CurrentMonth { get; } = new DateOnly(asOf.Year, asOf.Month, 1);

    /// <summary>The bank statement switches from CSV to CAMT.053 on this day (the last two full months and the current one).</summary>
    public DateOnly CamtStart => CurrentMonth.AddMonths(-2);

    public IEnumerable<DateOnly> Months => Enumerable.Range(0, 12).Select(i => Start.AddMonths(i));

    /// <summary>Whether something dated so has happened by the as-of day (the as-of day itself is not yet booked).</summary>
    public bool HasHappened(DateOnly date) => date < AsOf;

    public int MonthIndex(DateOnly date) => ((date.Year - Start.Year) * 12) + date.Month - Start.Month;

    public bool InLastQuarter(DateOnly month) => MonthIndex(month) >= 9;

    public static DateOnly EndOfMonth(DateOnly month) => new(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));

    public static DateOnly OnOrAfterBusinessDay(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    public static DateOnly OnOrBeforeBusinessDay(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(-2),
        _ => date,
    };
}
