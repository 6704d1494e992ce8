namespace ProfitPipeline.Profitability;

public enum FlagKind
{
    MarginDrop,
    CostSpike,
    SlowingPayment,
    TurnedUnprofitable,
    RevenueConcentration,
}
