namespace ProfitPipeline.Profitability;

/// <summary>How long a reporting period is.</summary>
public enum PeriodGranularity
{
    Month,

    /// <summary>ISO 8601 week, Monday to Sunday, numbered within its ISO year.</summary>
    IsoWeek,

    Quarter,
}
