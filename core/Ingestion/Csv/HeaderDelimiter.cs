namespace ProfitPipeline.Ingestion.Csv;

/// <summary>
/// The delimiter of a simple CSV with a header row (a labelled file, a review sheet saved from a spreadsheet): whichever of
/// comma, semicolon and tab the header uses most, comma on a tie. Bank files get the fuller sniffing of <see cref="CsvTableSniffer"/>.
/// </summary>
internal static class HeaderDelimiter
{
    public static char Sniff(ReadOnlySpan<char> header)
    {
        var best = ',';
        foreach (var candidate in (ReadOnlySpan<char>)[';', '\t'])
        {
            if (header.Count(candidate) > header.Count(best))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>The delimiter of <paramref name="content"/>'s first line.</summary>
    public static char OfFirstLine(string content)
    {
        var headerEnd = content.AsSpan().IndexOfAny('\r', '\n');
        return Sniff(headerEnd < 0 ? content : content.AsSpan(0, headerEnd));
    }
}
