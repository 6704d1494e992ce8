namespace ProfitPipeline.Ingestion.Csv;

/// <summary>
/// Finds the table in a file's head: the delimiter whose field counts are most consistent, the preamble lines before
/// the table, and whether its first row is a header.
/// </summary>
internal static class CsvTableSniffer
{
    private static readonly char[] Delimiters = [',', ';', '\t', '|'];

    /// <summary>The table, or null when no delimiter gives at least two consistent columns.</summary>
    public static CsvTable? Sniff(string text, bool truncated, char? delimiter = null, int? skipLines = null, bool? hasHeader = null)
    {
        (char Delimiter, List<SampleRecord> Records, int Width, int Score, int Dated)? best = null;
        foreach (var candidate in delimiter is { } fixedDelimiter ? [fixedDelimiter] : Delimiters)
        {
            var sample = CsvSample.Read(text, candidate, truncated);
            if (skipLines is { } skip)
            {
                sample = sample.Where(r => r.Line > skip).ToList();
            }

            var (width, score) = ModalWidth(sample);

            // The real delimiter leaves dates whole: rows holding a date decide first (thousands commas in ';' rows split
            // as consistently on ',' as on ';'), then consistency, then more columns (a decimal comma splits ';' rows on ',').
            var dated = sample.Count(r => r.Fields.Length == width && HasDate(r));
            if (width >= 2 && (best is null || (dated, score, width).CompareTo((best.Value.Dated, best.Value.Score, best.Value.Width)) > 0))
            {
                best = (candidate, sample, width, score, dated);
            }
        }

        if (best is not { } table)
        {
            return null;
        }

        var start = skipLines is null ? table.Records.FindIndex(r => r.Fields.Length == table.Width) : 0;
        var records = table.Records;

        // A header without the trailing delimiter its rows have is one field short.
        if (start > 0 && records[start - 1].Fields.Length >= table.Width - 1 && records[start - 1].Fields.Length >= 2 && LooksLikeHeader(records[start - 1]))
        {
            start--;
        }

        var first = records[start];
        var header = hasHeader ?? LooksLikeHeader(first) ? first : null;

        // Without a header, rows of another width that hold a date are bad data rows, not preamble.
        while (header is null && skipLines is null && start > 0 && records[start - 1].Fields.Length >= 2 && HasDate(records[start - 1]))
        {
            start--;
        }

        var dataFrom = header is null ? start : start + 1;
        var lastNonData = header?.Line ?? (start > 0 ? records[start - 1].Line : skipLines ?? 0);
        return new CsvTable(table.Delimiter, table.Width, header, records.Skip(dataFrom).ToList()) { LastNonDataLine = lastNonData };
    }

    /// <summary>A header names at least one known column and holds no date; or holds neither dates nor numbers.</summary>
    public static bool LooksLikeHeader(SampleRecord record)
    {
        if (HasDate(record))
        {
            return false;
        }

        return record.Fields.Any(f => HeaderVocabulary.RoleOf(HeaderText.Normalize(f)) != ColumnRole.None)
            || !record.Fields.Any(f => f.Length > 0 && DecimalSeparatorVote.LooksLikeAmount(f));
    }

    private static bool HasDate(SampleRecord record) => record.Fields.Any(f => DateFormat.AllowList.Any(d => d.TryParse(f, out _)));

    private static (int Width, int Score) ModalWidth(List<SampleRecord> records)
    {
        var width = 0;
        var score = 0;
        foreach (var group in records.Where(r => r.Fields.Length >= 2).GroupBy(r => r.Fields.Length))
        {
            var count = group.Count();
            if (count > score || (count == score && group.Key > width))
            {
                width = group.Key;
                score = count;
            }
        }

        return (width, score);
    }
}
