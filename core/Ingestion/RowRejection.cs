namespace ProfitPipeline.Ingestion;

/// <summary>A row that could not be read: where (1-based line and column, when known) and why. Never the row's content.</summary>
public sealed record RowRejection(string File, int Line, int? Column, string Reason)
{
    public override string ToString() =>
        Column is { } column ? $"{File}:{Line}:{column}: {Reason}" : $"{File}:{Line}: {Reason}";
}
