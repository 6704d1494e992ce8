namespace ProfitPipeline.Profitability;

/// <summary>How a period's overhead is shared among the members of a dimension.</summary>
public enum AllocationDriver
{
    /// <summary>In proportion to each member's revenue (negative revenue counts as none).</summary>
    RevenueShare,

    /// <summary>In proportion to each member's direct cost.</summary>
    DirectCostShare,

    /// <summary>In proportion to how many transactions each member has: an effort proxy.</summary>
    TransactionCount,

    /// <summary>In proportion to how many invoices each member was issued.</summary>
    InvoiceCount,

    /// <summary>Equally among the members active in the period.</summary>
    EqualShare,

    /// <summary>Fixed percentages per member id (<see cref="ProfitabilityOptions.FixedAllocation"/>); what they leave is shown unallocated.</summary>
    FixedTable,
}
