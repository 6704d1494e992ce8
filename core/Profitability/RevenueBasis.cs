namespace ProfitPipeline.Profitability;

/// <summary>When revenue counts.</summary>
public enum RevenueBasis
{
    /// <summary>Invoices (net of tax when the export states it) minus credit notes, on their issue date.</summary>
    Accrual,

    /// <summary>Receipts matched to the customer's invoices, minus refunds, on the day the money moved (gross).</summary>
    Cash,
}
