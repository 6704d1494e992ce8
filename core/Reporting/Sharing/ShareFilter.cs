namespace ProfitPipeline.Reporting.Sharing;

/// <summary>What a shared report shows: a period range and optionally one member of one dimension (e.g. segment = Retail).</summary>
internal sealed record ShareFilter(DateOnly? From = null, DateOnly? To = null, string? Dimension = null, string? Member = null)
{
    /// <summary>For a one-customer report (customer history).</summary>
    public string? CustomerId { get; init; }
}
