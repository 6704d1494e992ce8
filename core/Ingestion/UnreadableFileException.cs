namespace ProfitPipeline.Ingestion;

/// <summary>
/// The file as a whole cannot be read (unknown format, undecidable encoding or date order, no rows...).
/// It is deterministic: the file goes to quarantine, it is not retried.
/// </summary>
public sealed class UnreadableFileException : Exception
{
    public UnreadableFileException()
    {
    }

    public UnreadableFileException(string message)
        : base(message)
    {
    }

    public UnreadableFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
