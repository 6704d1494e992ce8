namespace ProfitPipeline.Ingestion.Exports.Reading;

/// <summary>A data record read through its file's header.</summary>
internal readonly record struct ExportRow(ExportRecord Record, ExportColumns Columns)
{
    public int Line => Record.Line;

    /// <summary>The trimmed value, or null when the column is absent or the cell empty.</summary>
    public string? this[ExportColumn column] =>
        Columns.IndexOf(column) is { } index && index < Record.Fields.Count && Record.Fields[index].Trim() is { Length: > 0 } value
            ? value
            : null;

    /// <summary>The 1-based column number for a rejection, when the header has the column.</summary>
    public int? ColumnNumber(ExportColumn column) => Columns.IndexOf(column) + 1;
}
