namespace ProfitPipeline.Ingestion;

/// <summary>The head of a file, for content-based format detection: its first bytes and their best-effort decoded text.</summary>
internal sealed record FileSample(string FileName, ReadOnlyMemory<byte> Head, string HeadText, long Length);
