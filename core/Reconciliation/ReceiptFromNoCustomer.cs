using ProfitPipeline.Ledger;

namespace ProfitPipeline.Reconciliation;

/// <summary>
/// Money in that is from no customer: its accepted customer tag is "none" (empty), given by a person or by the payout match
/// (a processor's payout, whose charges the processor export books one by one). Left out of matching rather than listed
/// as unmatched: there is no invoice for it to settle.
/// </summary>
public sealed record ReceiptFromNoCustomer(TransactionId Id, Money Amount, DateOnly Date)
{
    public static bool Applies(LedgerTransaction transaction) =>
        transaction.Kind is TransactionKind.BankCredit or TransactionKind.Payment
        && transaction.Amount.Amount > 0m
        && transaction.Tags.Customer is { Accepted: true } tag
        && string.IsNullOrWhiteSpace(tag.Value);

    public static ReceiptFromNoCustomer Of(LedgerTransaction transaction) => new(transaction.Id, transaction.Amount, transaction.BookingDate);
}
