using ProfitPipeline.Ledger;

namespace ProfitPipeline.Profitability;

/// <summary>
/// A period's overhead (costs tied to no customer or project), by category, and how much of it the driver allocated among a
/// dimension's members. <see cref="Unallocated"/> is never hidden: a fixed table under 100 % or a period without driver base.
/// </summary>
public sealed record PeriodOverhead(
    Period Period,
    string Dimension,
    AllocationDriver Driver,
    Money Total,
    Money Allocated,
    Money Unallocated,
    string? UnallocatedReason,
    IReadOnlyDictionary<string, Money> ByCategory);
