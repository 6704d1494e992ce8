using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion;

/// <summary>One file format: recognises it from content and reads its records.</summary>
internal interface IFileParser
{
    FileFormat Format { get; }

    /// <summary>How sure this parser is that the sample is its format: 0 (not mine) to 100 (certain).</summary>
    int Detect(FileSample sample);

    /// <summary>
    /// Streams the file's records. Bad rows go to <paramref name="diagnostics"/> and parsing goes on;
    /// a file that cannot be read at all throws <see cref="UnreadableFileException"/>.
    /// </summary>
    IEnumerable<ParsedRecord> Parse(FileContent file, ParseDiagnostics diagnostics, CancellationToken cancellationToken);
}
