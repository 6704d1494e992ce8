namespace ProfitPipeline.Reconciliation;

/// <summary>How payments are matched to invoices (configuration section <c>ProfitPipeline:Profitability:Reconciliation</c>).</summary>
public sealed class ReconciliationOptions
{
    /// <summary>Earliest a receipt may arrive, in days after the invoice's issue date, for a match by amount (negative allows prepayment).</summary>
    public int MatchWindowMinDays { get; set; }

    /// <summary>Latest a receipt may arrive, in days after the invoice's issue date, for a match by amount.</summary>
    public int MatchWindowMaxDays { get; set; } = 90;

    /// <summary>Largest difference between a receipt and an invoice still treated as equal (0 = to the cent).</summary>
    public decimal AmountTolerance { get; set; }

    /// <summary>Payment terms assumed when an invoice states no due date.</summary>
    public int DefaultPaymentTermsDays { get; set; } = 30;
}
