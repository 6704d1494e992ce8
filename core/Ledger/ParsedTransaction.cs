namespace ProfitPipeline.Ledger;

/// <summary>
/// A normalised money movement or document as a parser read it: everything but its identity in the ledger.
/// Amounts are signed from the business's point of view (see <see cref="TransactionKind"/>).
/// </summary>
public record ParsedTransaction : ParsedRecord
{
    public required TransactionKind Kind { get; init; }

    public required DateOnly BookingDate { get; init; }

    public DateOnly? ValueDate { get; init; }

    /// <summary>Due date of an invoice or bill.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Signed total (gross for invoices and bills).</summary>
    public required Money Amount { get; init; }

    public Money? NetAmount { get; init; }

    public Money? TaxAmount { get; init; }

    /// <summary>Processor fee withheld from a payment (negative), when the export shows it.</summary>
    public Money? FeeAmount { get; init; }

    /// <summary>The business's own account (IBAN, account number or card); sensitive, never logged.</summary>
    public string? Account { get; init; }

    public string? Counterparty { get; init; }

    /// <summary>The counterparty's account (IBAN); sensitive, never logged.</summary>
    public string? CounterpartyAccount { get; init; }

    public string Description { get; init; } = string.Empty;

    public TransactionReferences References { get; init; } = TransactionReferences.None;

    /// <summary>Customer id or name as the export states it (invoices, tagged costs).</summary>
    public string? CustomerReference { get; init; }

    public string? Project { get; init; }

    /// <summary>Category as the export states it (an accounting code, an expense category).</summary>
    public string? SourceCategory { get; init; }

    /// <summary>Segment as the export states it (a tracking category, class or location), when tagged.</summary>
    public string? Segment { get; init; }

    /// <summary>Employee on an expense claim or reimbursement.</summary>
    public string? Employee { get; init; }

    /// <summary>Document status from the export (draft, authorised, paid, voided...).</summary>
    public string? Status { get; init; }

    public IReadOnlyList<InvoiceLine> Lines { get; init; } = [];
}
