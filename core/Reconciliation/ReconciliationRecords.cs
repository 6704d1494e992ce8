using ProfitPipeline.Ledger;

namespace ProfitPipeline.Reconciliation;

/// <summary>Part of a payment (positive) or a refund (negative) applied to an invoice.</summary>
public sealed record PaymentAllocation(
    TransactionId PaymentId, TransactionId InvoiceId, CustomerId? Customer, Money Amount, DateOnly Date, MatchMethod Method);

/// <summary>A credit note netted against the invoice it corrects (<see cref="Amount"/> positive: the reduction).</summary>
public sealed record CreditNoteApplication(TransactionId CreditNoteId, TransactionId InvoiceId, Money Amount, DateOnly Date);

/// <summary>Money received beyond what the matched invoices asked (positive), or an overpayment refunded (negative).</summary>
public sealed record Overpayment(TransactionId PaymentId, CustomerId? Customer, Money Residual, DateOnly Date);

/// <summary>A processor fee (negative) and the customer whose payment caused it, when known.</summary>
/// <param name="AlreadyCountedOnPayment">A fee row that repeats a payment's own fee column; counted once, on the payment.</param>
public sealed record CustomerFee(
    TransactionId SourceId, CustomerId? Customer, Money Amount, DateOnly Date, TransactionId? PaymentId, bool AlreadyCountedOnPayment);

/// <summary>An item that was not matched, with the reason and the candidates that were considered.</summary>
public sealed record UnmatchedItem(
    TransactionId Id, TransactionKind Kind, Money Amount, DateOnly Date, UnmatchedReason Reason, IReadOnlyList<TransactionId> Candidates);
