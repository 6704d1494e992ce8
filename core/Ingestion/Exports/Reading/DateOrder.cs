namespace ProfitPipeline.Ingestion.Exports.Reading;

/// <summary>How a file writes numeric dates such as 03/04/2025.</summary>
internal enum DateOrder
{
    DayFirst,
    MonthFirst,
}
