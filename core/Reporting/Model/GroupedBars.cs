namespace ProfitPipeline.Reporting.Model;

/// <summary>One named series of values, one per category (null where there is no value).</summary>
internal sealed record BarSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>
/// Bars side by side per category, e.g. contribution vs fully-loaded margin per customer or segment. Every series has one
/// value per category.
/// </summary>
internal sealed record GroupedBars : ReportSection
{
    public GroupedBars(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<BarSeries> series, string unit)
        : base(id, title)
    {
        if (series.Any(s => s.Values.Count != categories.Count))
        {
            throw new ArgumentException("Every series needs one value per category.", nameof(series));
        }

        Categories = categories;
        Series = series;
        Unit = unit;
    }

    public IReadOnlyList<string> Categories { get; }

    public IReadOnlyList<BarSeries> Series { get; }

    /// <summary>What the values are in: a currency code, or "%" for fractions shown as percent.</summary>
    public string Unit { get; }
}
