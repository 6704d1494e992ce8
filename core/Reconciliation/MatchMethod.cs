namespace ProfitPipeline.Reconciliation;

/// <summary>Why a payment was tied to an invoice.</summary>
public enum MatchMethod
{
    /// <summary>The payment names the invoice: invoice number or structured reference in its references or text.</summary>
    Reference,

    /// <summary>Same customer, same amount as exactly one open invoice issued within the window.</summary>
    AmountAndCustomer,

    /// <summary>Same customer, amount equal to the sum of all its open invoices within the window.</summary>
    SumOfOpenInvoices,

    /// <summary>A refund tied to the invoice through the credit note it repays.</summary>
    CreditNote,
}
