namespace ProfitPipeline.Ingestion;

/// <summary>Another writer is importing the same bytes right now. Transient: retry later.</summary>
public sealed class ImportInProgressException : Exception
{
    public ImportInProgressException()
    {
    }

    public ImportInProgressException(string message)
        : base(message)
    {
    }

    public ImportInProgressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
