namespace ProfitPipeline.Reporting.Model;

/// <summary>How a column's values are typed, formatted and sorted.</summary>
internal enum ColumnKind
{
    Text,

    /// <summary>A decimal amount with its currency.</summary>
    Money,

    /// <summary>A fraction: 0.125 is shown as 12.5 %.</summary>
    Percent,
    Integer,
    Decimal,
    Date,
}
