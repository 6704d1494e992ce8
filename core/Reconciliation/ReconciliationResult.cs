namespace ProfitPipeline.Reconciliation;

/// <summary>Everything the matcher decided, each list ordered deterministically (by date, then id).</summary>
public sealed record ReconciliationResult(
    IReadOnlyList<InvoiceSettlement> Invoices,
    IReadOnlyList<PaymentAllocation> Allocations,
    IReadOnlyList<CreditNoteApplication> CreditNotes,
    IReadOnlyList<Overpayment> Overpayments,
    IReadOnlyList<CustomerFee> Fees,
    IReadOnlyList<UnmatchedItem> Unmatched,
    IReadOnlyList<ReceiptFromNoCustomer> FromNoCustomer);
