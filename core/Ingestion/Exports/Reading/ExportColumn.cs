namespace ProfitPipeline.Ingestion.Exports.Reading;

/// <summary>A column a parser reads, known by its name in reasons and by every header spelling the vendors use.</summary>
internal sealed class ExportColumn
{
    public ExportColumn(string name, params string[] headers)
    {
        Name = name;
        Headers = [.. headers.Select(ExportColumns.Normalize)];
    }

    public string Name { get; }

    /// <summary>Accepted headers, normalised (see <see cref="ExportColumns.Normalize"/>), in order of preference.</summary>
    public IReadOnlyList<string> Headers { get; }
}
