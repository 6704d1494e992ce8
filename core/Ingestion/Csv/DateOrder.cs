namespace ProfitPipeline.Ingestion.Csv;

/// <summary>The order of a date's parts: what makes 03/04/2024 March or April.</summary>
internal enum DateOrder
{
    YearMonthDay,
    DayMonthYear,
    MonthDayYear,
}
