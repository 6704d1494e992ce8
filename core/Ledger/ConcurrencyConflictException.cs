namespace ProfitPipeline.Ledger;

/// <summary>Another writer changed or created the same record first (a stale ETag, or an insert-only write that lost).</summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
