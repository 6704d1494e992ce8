namespace ProfitPipeline.Profitability;

/// <summary>Thresholds for the flags raised on customers and periods.</summary>
public sealed class FlagOptions
{
    /// <summary>A fall in contribution margin % vs the previous period of more than this many points.</summary>
    public decimal MarginDropPoints { get; set; } = 10m;

    /// <summary>Direct cost above this multiple of the trailing three-period average...</summary>
    public decimal CostSpikeFactor { get; set; } = 1.5m;

    /// <summary>...and above it by at least this amount.</summary>
    public decimal CostSpikeMinimum { get; set; } = 100m;

    /// <summary>Average days late up by more than this many days vs the previous period.</summary>
    public decimal SlowingPaymentDays { get; set; } = 7m;

    /// <summary>The top customer's share of a period's revenue (0..1) above which revenue is concentrated.</summary>
    public decimal ConcentrationShare { get; set; } = 0.40m;

    /// <summary>Herfindahl-Hirschman index (0..10,000, shares in percent) above which revenue is concentrated.</summary>
    public decimal ConcentrationHhi { get; set; } = 2500m;

    /// <summary>How many transaction ids a flag names at most (the largest amounts first).</summary>
    public int MaxDrivingTransactions { get; set; } = 20;
}
