using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Profitability;

/// <summary>Settings of the profitability engine (configuration section <c>ProfitPipeline:Profitability</c>).</summary>
public sealed class ProfitabilityOptions
{
    public const string SectionName = "ProfitPipeline:Profitability";

    /// <summary>The reporting currency (ISO 4217); rows in other currencies are excluded and listed, never converted.</summary>
    public string Currency { get; set; } = "EUR";

    public PeriodGranularity Granularity { get; set; } = PeriodGranularity.Month;

    public RevenueBasis RevenueBasis { get; set; } = RevenueBasis.Accrual;

    public AllocationDriver OverheadDriver { get; set; } = AllocationDriver.RevenueShare;

    /// <summary>For <see cref="AllocationDriver.FixedTable"/>: member id (customer id) to percentage (0..100).</summary>
    public Dictionary<string, decimal> FixedAllocation { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Comma-separated categories that are money movements, not costs (transfers, tax payments, loans, drawings): the default
    /// chart's ids first, then names a custom chart may use.
    /// </summary>
    public string NonCostCategories { get; set; } = "transfers,taxes,loans,owner-draws,transfer,tax,vat,loan,owner-drawings,bill-payment";

    /// <summary>Snapshots name at most this many contributing transactions; above it they carry the count and digest only.</summary>
    public int MaxStoredContributions { get; set; } = 5000;

    public ReconciliationOptions Reconciliation { get; set; } = new();

    public CostToServeOptions CostToServe { get; set; } = new();

    public FlagOptions Flags { get; set; } = new();
}
