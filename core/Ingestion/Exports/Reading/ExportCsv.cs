using System.Globalization;
using CsvHelper;

namespace ProfitPipeline.Ingestion.Exports.Reading;

/// <summary>
/// Reads an export's comma-separated records with CsvHelper, each with the line it starts on. Headers are matched by the
/// caller, because report-style exports put titles above theirs.
/// </summary>
internal static class ExportCsv
{
    private static readonly CsvReaderOptions Options = new()
    {
        HasHeader = false,
        Separator = ',',
        // Values never reach exception messages, so they cannot reach logs.
        IncludeValuesInExceptions = false,
        TrackLineNumbers = true,
        TrimWhitespace = true,
        SkipEmptyLines = true,
        FormatProvider = CultureInfo.InvariantCulture,
        // Exports quote loosely (a stray quote inside a memo): keep the text rather than lose the row.
        MalformedData = CsvMalformedDataHandling.Recover,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
    };

    public static IEnumerable<ExportRecord> Read(FileContent file, CancellationToken cancellationToken)
    {
        using var stream = file.OpenRead();
        using var reader = TextDecoding.OpenReader(stream);
        foreach (var record in Read(reader, cancellationToken))
        {
            yield return record;
        }
    }

    /// <summary>Reads the records of a sample's text; the last one is dropped when the sample may have cut it short.</summary>
    public static IReadOnlyList<ExportRecord> Read(FileSample sample)
    {
        using var reader = new StringReader(sample.HeadText);
        var records = Read(reader, CancellationToken.None).ToList();
        if (sample.Head.Length < sample.Length && records.Count > 1)
        {
            records.RemoveAt(records.Count - 1);
        }

        return records;
    }

    private static IEnumerable<ExportRecord> Read(TextReader text, CancellationToken cancellationToken)
    {
        using var csv = CsvReader.Create(text, Options, leaveOpen: true);
        while (Next(csv))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            yield return new ExportRecord(checked((int)csv.LineNumber), fields);
        }
    }

    private static bool Next(CsvReader csv)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException exception)
        {
            throw new UnreadableFileException("The file is not readable as CSV.", exception);
        }
    }
}
