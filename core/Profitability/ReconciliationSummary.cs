using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Profitability;

/// <summary>The matching of payments to invoices as of today: each invoice's settlement and every item left unmatched, with why.</summary>
public sealed record ReconciliationSummary(
    DateOnly AsOf,
    int Invoices,
    int Paid,
    int Open,
    int Overdue,
    IReadOnlyList<InvoiceSettlement> Settlements,
    IReadOnlyList<UnmatchedItem> Unmatched);
