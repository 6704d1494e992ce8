namespace ProfitPipeline.Reporting.Model;

/// <summary>A table column: its key (used in rows, sort links and JSON), its title and its kind.</summary>
internal sealed record ReportColumn(string Key, string Title, ColumnKind Kind)
{
    /// <summary>Decimal places shown in HTML (Money defaults to 2, Percent to 1, Decimal to 2); CSV and JSON keep full precision.</summary>
    public int? Decimals { get; init; }

    public static ReportColumn Text(string key, string title) => new(key, title, ColumnKind.Text);

    public static ReportColumn Money(string key, string title) => new(key, title, ColumnKind.Money);

    public static ReportColumn Percent(string key, string title) => new(key, title, ColumnKind.Percent);

    public static ReportColumn Integer(string key, string title) => new(key, title, ColumnKind.Integer);

    public static ReportColumn Decimal(string key, string title) => new(key, title, ColumnKind.Decimal);

    public static ReportColumn Date(string key, string title) => new(key, title, ColumnKind.Date);

    public bool IsNumeric => Kind is ColumnKind.Money or ColumnKind.Percent or ColumnKind.Integer or ColumnKind.Decimal;
}
