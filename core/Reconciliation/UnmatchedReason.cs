namespace ProfitPipeline.Reconciliation;

/// <summary>Why an item was left unmatched rather than guessed.</summary>
public enum UnmatchedReason
{
    /// <summary>No reference found and the payer could not be resolved to a customer.</summary>
    NoCustomer,

    /// <summary>The customer has no open invoice issued within the match window.</summary>
    NoCandidate,

    /// <summary>Several open invoices fit equally well.</summary>
    AmbiguousCandidates,

    /// <summary>Open invoices exist, but the amount equals neither one of them nor their sum.</summary>
    AmountMismatch,

    /// <summary>The referenced invoices are already settled: possibly a second record of the same receipt.</summary>
    AlreadySettled,

    /// <summary>A credit note that names no known invoice.</summary>
    CreditNoteWithoutInvoice,

    /// <summary>A refund that names no known invoice or credit note, and no credit note of its customer has its amount.</summary>
    RefundWithoutInvoice,
}
