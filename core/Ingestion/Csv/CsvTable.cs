namespace ProfitPipeline.Ingestion.Csv;

/// <summary>
/// The table found in a file's head: its delimiter and width, the header row if there is one, and the records after it
/// (data rows, and possibly footer lines). Preamble lines before the header are left out.
/// </summary>
internal sealed record CsvTable(char Delimiter, int FieldCount, SampleRecord? Header, IReadOnlyList<SampleRecord> Rows)
{
    /// <summary>The last line of the header or preamble: records up to it are not data.</summary>
    public int LastNonDataLine { get; init; }

    /// <summary>Rows with the table's width: the ones column inference looks at.</summary>
    public IEnumerable<SampleRecord> FullRows => Rows.Where(r => r.Fields.Length == FieldCount);

    public IReadOnlyList<string> NormalizedHeader { get; } = Header?.Fields.Select(HeaderText.Normalize).ToList() ?? [];
}
