namespace ProfitPipeline.Ledger;

/// <summary>A row of the customer master. Every extra column is a segment dimension (industry, size, region...).</summary>
public sealed record CustomerRecord : ParsedRecord
{
    public required CustomerId Id { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyDictionary<string, string> Dimensions { get; init; } = new Dictionary<string, string>();
}
