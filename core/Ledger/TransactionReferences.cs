namespace ProfitPipeline.Ledger;

/// <summary>Identifiers that tie a row to the bank's records and to invoices.</summary>
/// <param name="BankId">The bank's or system's own id for the row (FITID, AcctSvcrRef, Stripe id, invoice id...).</param>
/// <param name="EndToEndId">The payer's end-to-end reference (SEPA EndToEndId, MT940 /EREF/).</param>
/// <param name="InvoiceNumber">The invoice or bill number this row is, or pays.</param>
/// <param name="PaymentReference">A structured creditor reference (ISO 11649 RF, Strd/CdtrRefInf) or similar.</param>
public sealed record TransactionReferences(
    string? BankId = null,
    string? EndToEndId = null,
    string? InvoiceNumber = null,
    string? PaymentReference = null)
{
    public static TransactionReferences None { get; } = new();
}
