using ProfitPipeline.Ledger;
using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Profitability;

/// <summary>
/// Bank debits that settle costs the ledger already counts, so they are not counted again: a payment quoting a known bill's
/// number (the bill is the cost), and a reimbursement (category "reimbursements") to an employee whose expense claims are in
/// the ledger (the claims are the cost). Without the bill or the claims, the debit is the only record of the cost and counts.
/// </summary>
internal sealed class SettledDocuments
{
    public const string Reimbursements = "reimbursements";

    private readonly HashSet<string> _billNumbers;
    private readonly HashSet<string> _claimants;

    public SettledDocuments(IReadOnlyList<LedgerTransaction> transactions)
    {
        _billNumbers = transactions.Where(t => t.Kind == TransactionKind.Bill)
            .Select(t => InvoiceReferences.Normalize(t.References.InvoiceNumber)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        _claimants = transactions.Where(t => t.Kind == TransactionKind.Expense && !string.IsNullOrWhiteSpace(t.Employee))
            .Select(t => t.Employee!.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public bool Settles(LedgerTransaction debit) => PaysKnownBill(debit) || ReimbursesClaims(debit);

    private bool PaysKnownBill(LedgerTransaction t) =>
        _billNumbers.Count > 0 && !InvoiceReferences.CertainlyNone(t.References, t.Description) && InvoiceReferences.Keys(t.References, t.Description).Any(_billNumbers.Contains);

    private bool ReimbursesClaims(LedgerTransaction t) =>
        _claimants.Count > 0
        && t.Counterparty is { } payee
        && _claimants.Contains(payee.Trim())
        && string.Equals(Attributes.Category(t), Reimbursements, StringComparison.Ordinal);
}
