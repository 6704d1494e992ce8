using CsvHelper;

namespace ProfitPipeline.Ingestion.Csv;

/// <summary>A record of the sniffing sample: its 1-based physical line and its fields.</summary>
internal sealed record SampleRecord(int Line, string[] Fields)
{
    public string Field(int index) => index < Fields.Length ? Fields[index] : string.Empty;
}

/// <summary>Splits the head of a file into records for one candidate delimiter.</summary>
internal static class CsvSample
{
    private const int MaxRecords = 400;

    public static CsvReaderOptions Options(char delimiter) => new()
    {
        Separator = delimiter,
        HasHeader = false,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        TrimWhitespace = true,
        TrimInsideQuotes = true,
        IncludeValuesInExceptions = false,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MalformedData = CsvMalformedDataHandling.Recover,
    };

    /// <summary>
    /// Whether a space or tab touches a quote anywhere in <paramref name="text"/>: a field may be padded around its quotes,
    /// which only CsvHelper's own trimming reads as one quoted field. Errs towards yes (a quoted word inside a description).
    /// </summary>
    public static bool HasPaddedQuotes(string text) =>
        text.Contains(" \"", StringComparison.Ordinal) || text.Contains("\" ", StringComparison.Ordinal)
        || text.Contains("\t\"", StringComparison.Ordinal) || text.Contains("\"\t", StringComparison.Ordinal);

    /// <summary>The records of <paramref name="text"/>; the last one is dropped when the text is cut off mid-file.</summary>
    public static List<SampleRecord> Read(string text, char delimiter, bool truncated)
    {
        var records = new List<SampleRecord>();
        using var reader = CsvReader.FromText(text, Options(delimiter));
        while (records.Count < MaxRecords && reader.Read())
        {
            records.Add(new SampleRecord((int)reader.LineNumber, reader.Current.ToArray()));
        }

        if (truncated && records.Count < MaxRecords && records.Count > 1)
        {
            records.RemoveAt(records.Count - 1);
        }

        return records;
    }
}
