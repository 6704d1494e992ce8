namespace ProfitPipeline.Ingestion.Exports.Reading;

/// <summary>One CSV record as read: the 1-based line where it starts and its fields (trimmed).</summary>
internal sealed record ExportRecord(int Line, IReadOnlyList<string> Fields)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}
