namespace ProfitPipeline.Ledger;

/// <summary>A proposed value with its source, confidence (0..1) and, for rules, which rule fired.</summary>
public sealed record Tag(string Value, TagSource Source, decimal Confidence, string? Detail = null)
{
    /// <summary>Auto-accepted tags count in reports; the others wait for review.</summary>
    public bool Accepted { get; init; }
}
