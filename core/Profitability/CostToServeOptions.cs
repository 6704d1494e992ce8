namespace ProfitPipeline.Profitability;

/// <summary>What counts as a cost-to-serve signal and what each is estimated to cost (0 = counted, not costed).</summary>
public sealed class CostToServeOptions
{
    /// <summary>An invoice still unpaid this many days after its due date needs a follow-up.</summary>
    public int FollowUpAfterDaysOverdue { get; set; } = 14;

    /// <summary>An invoice of the same customer and amount issued this many days after a credit note is a re-issue.</summary>
    public int ReissueWindowDays { get; set; } = 60;

    public decimal CostPerCreditNote { get; set; }

    public decimal CostPerReissuedInvoice { get; set; }

    public decimal CostPerRefund { get; set; }

    public decimal CostPerDispute { get; set; }

    public decimal CostPerFollowUp { get; set; }

    public decimal CostPerManualRetag { get; set; }
}
