using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Profitability;

/// <summary>
/// The matching of payments to invoices as of today: each invoice's settlement, every item left unmatched with why, and the
/// money in that is from no customer (processor payouts, transfers), which matching leaves out.
/// </summary>
public sealed record ReconciliationSummary(
    DateOnly AsOf,
    int Invoices,
    int Paid,
    int Open,
    int Overdue,
    IReadOnlyList<InvoiceSettlement> Settlements,
    IReadOnlyList<UnmatchedItem> Unmatched,
    IReadOnlyList<ReceiptFromNoCustomer> FromNoCustomer);
