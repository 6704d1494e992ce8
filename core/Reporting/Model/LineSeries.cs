namespace ProfitPipeline.Reporting.Model;

/// <summary>
/// Lines over periods, e.g. margin trend per segment: <see cref="Periods"/> label the x axis, each series has one value per
/// period (null for a gap).
/// </summary>
internal sealed record LineSeries : ReportSection
{
    public LineSeries(string id, string title, IReadOnlyList<string> periods, IReadOnlyList<BarSeries> series, string unit)
        : base(id, title)
    {
        if (series.Any(s => s.Values.Count != periods.Count))
        {
            throw new ArgumentException("Every series needs one value per period.", nameof(series));
        }

        Periods = periods;
        Series = series;
        Unit = unit;
    }

    public IReadOnlyList<string> Periods { get; }

    public IReadOnlyList<BarSeries> Series { get; }

    /// <summary>A currency code, or "%" for fractions shown as percent.</summary>
    public string Unit { get; }
}
