using ProfitPipeline.Ledger;

namespace ProfitPipeline.Reconciliation;

/// <summary>
/// What happened to one invoice. <see cref="DaysLate"/> is paid date minus due date when paid (0 if early), as-of date minus due
/// date when still open and overdue, else 0. <see cref="PaidDate"/> is the day the invoice became fully paid.
/// </summary>
public sealed record InvoiceSettlement(
    TransactionId InvoiceId,
    string? Number,
    CustomerId? Customer,
    DateOnly IssueDate,
    DateOnly DueDate,
    Money Gross,
    Money Credited,
    Money Paid,
    Money Outstanding,
    DateOnly? PaidDate,
    int? DaysToPay,
    int DaysLate,
    SettlementStatus Status,
    IReadOnlyList<TransactionId> PaymentIds)
{
    public bool IsOverdue(DateOnly asOf) => Status == SettlementStatus.Open && Outstanding.Amount > 0m && asOf > DueDate;
}
