using ProfitPipeline.Ingestion.Exports.Reading;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Expenses;

/// <summary>
/// One expense line as an expense export states it, the amount spent written positive. Every line books as an Expense
/// (negative). A reimbursed line keeps its kind; its reimbursement date becomes the value date and its status
/// "Reimbursed" (the payment to the employee is on the bank statement, so booking it here would count it twice).
/// </summary>
internal sealed record ExpenseClaimLine
{
    public required int Line { get; init; }

    public required DateOnly Date { get; init; }

    public required Money Spent { get; init; }

    public string? Employee { get; init; }

    public string? Merchant { get; init; }

    public string? Category { get; init; }

    public TrackingTags Tags { get; init; } = new(null, null, null);

    public string? Description { get; init; }

    public string? Status { get; init; }

    public DateOnly? ReimbursedOn { get; init; }

    public string? ClaimId { get; init; }

    public Money? Tax { get; init; }

    public ParsedTransaction ToTransaction(TransactionKind kind = TransactionKind.Expense) => new()
    {
        Line = Line,
        Kind = kind,
        BookingDate = Date,
        ValueDate = ReimbursedOn,
        Amount = Spent.Negate(),
        TaxAmount = Tax?.Negate(),
        Employee = Employee,
        Counterparty = Merchant,
        SourceCategory = Category,
        Project = Tags.Project,
        CustomerReference = Tags.Customer,
        Segment = Tags.Segment,
        Description = Description ?? string.Empty,
        Status = ReimbursedOn is null ? Status : "Reimbursed",
        References = ClaimId is null ? TransactionReferences.None : new TransactionReferences(PaymentReference: ClaimId),
    };
}
