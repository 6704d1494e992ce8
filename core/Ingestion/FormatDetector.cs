namespace ProfitPipeline.Ingestion;

/// <summary>Picks the parser that is surest the file is its format, from the file's content (never its name alone).</summary>
internal sealed class FormatDetector(IEnumerable<IFileParser> parsers)
{
    public const int SampleBytes = 64 * 1024;

    private readonly IReadOnlyList<IFileParser> _parsers = parsers.ToList();

    public IFileParser? Detect(FileSample sample)
    {
        IFileParser? best = null;
        var bestScore = 0;
        foreach (var parser in _parsers)
        {
            var score = parser.Detect(sample);
            if (score > bestScore)
            {
                (best, bestScore) = (parser, score);
            }
        }

        return best;
    }

    public static FileSample Sample(FileContent file)
    {
        using var stream = file.OpenRead();
        var buffer = new byte[(int)Math.Min(SampleBytes, Math.Max(file.Length, 0))];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var head = buffer.AsMemory(0, read);
        var encoding = TextDecoding.Detect(head.Span, out var bom);

        // The sample may cut a multi-byte character: decode leniently, it is only for detection.
        var text = encoding.WebName == "utf-8"
            ? System.Text.Encoding.UTF8.GetString(head.Span[bom..])
            : encoding.GetString(head.Span[bom..]);
        return new FileSample(file.Name, head, text, file.Length);
    }
}
