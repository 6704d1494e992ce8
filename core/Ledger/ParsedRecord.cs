namespace ProfitPipeline.Ledger;

/// <summary>A record a parser read from a file, with the 1-based line where it starts.</summary>
public abstract record ParsedRecord
{
    public required int Line { get; init; }
}
