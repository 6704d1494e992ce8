namespace ProfitPipeline.Ingestion;

/// <summary>The formats ingestion recognises, by content.</summary>
public enum FileFormat
{
    Unknown,
    BankCsv,
    Ofx,
    Camt,
    Mt940,
    Qif,
    InvoiceExport,
    BillExport,
    CreditNoteExport,
    PaymentsReceivedExport,
    ExpenseExport,
    StripeExport,
    PayPalExport,
    CustomerMaster,
}
