using ProfitPipeline.Ledger;

namespace ProfitPipeline.Profitability;

/// <summary>
/// A row against the same member's previous period and the average of its three preceding periods (a period without activity
/// counts as zero; periods before the data begins are not counted).
/// </summary>
public sealed record ProfitabilityTrend(
    Money RevenueVsPrevious,
    Money RevenueVsTrailingAverage,
    Money ContributionVsPrevious,
    Money ContributionVsTrailingAverage,
    Money FullyLoadedVsPrevious,
    Money FullyLoadedVsTrailingAverage,
    decimal? ContributionMarginPointsVsPrevious);
