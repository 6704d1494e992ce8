namespace ProfitPipeline.Ingestion.Exports.Reading;

/// <summary>
/// A CSV export as a header and the rows under it. The header is the first record a parser recognises among the first few,
/// because report-style exports (QuickBooks) put a title and a date range above it.
/// </summary>
internal sealed record ExportTable(ExportColumns Columns, IReadOnlyList<ExportRow> Rows)
{
    private const int HeaderSearchRecords = 12;

    /// <summary>The table in a detection sample, or null when no recognised header is there.</summary>
    public static ExportTable? FromSample(FileSample sample, Func<ExportColumns, bool> isHeader)
    {
        IReadOnlyList<ExportRecord> records;
        try
        {
            records = ExportCsv.Read(sample);
        }
        catch (UnreadableFileException)
        {
            return null;
        }

        for (var i = 0; i < Math.Min(records.Count, HeaderSearchRecords); i++)
        {
            var columns = new ExportColumns(records[i].Fields);
            if (isHeader(columns))
            {
                return new ExportTable(columns, [.. records.Skip(i + 1).Where(r => !r.IsBlank).Select(r => new ExportRow(r, columns))]);
            }
        }

        return null;
    }

    /// <summary>Streams the rows under the header. No header, or no row under it, makes the file unreadable.</summary>
    public static IEnumerable<ExportRow> ReadRows(FileContent file, Func<ExportColumns, bool> isHeader, CancellationToken cancellationToken)
    {
        ExportColumns? columns = null;
        var searched = 0;
        var rows = 0;
        foreach (var record in ExportCsv.Read(file, cancellationToken))
        {
            if (columns is null)
            {
                var candidate = new ExportColumns(record.Fields);
                if (isHeader(candidate))
                {
                    columns = candidate;
                }
                else if (++searched >= HeaderSearchRecords)
                {
                    break;
                }

                continue;
            }

            if (!record.IsBlank)
            {
                rows++;
                yield return new ExportRow(record, columns);
            }
        }

        if (columns is null)
        {
            throw new UnreadableFileException("The file has no header row this parser recognises.");
        }

        if (rows == 0)
        {
            throw new UnreadableFileException("The file has a header but no data rows.");
        }
    }
}
