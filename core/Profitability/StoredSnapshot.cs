namespace ProfitPipeline.Profitability;

/// <summary>A snapshot as stored: immutable, one version of its (period, dimension, member).</summary>
public sealed record StoredSnapshot(ProfitabilitySnapshot Snapshot, int Version);
