namespace ProfitPipeline.Ledger;

/// <summary>What a ledger row is. The sign of its amount follows the business: money in or owed to it is positive.</summary>
public enum TransactionKind
{
    /// <summary>Money received on a bank or card account (positive).</summary>
    BankCredit,

    /// <summary>Money paid from a bank or card account (negative).</summary>
    BankDebit,

    /// <summary>A sales invoice issued to a customer (positive total).</summary>
    Invoice,

    /// <summary>A purchase bill from a supplier or contractor (negative total).</summary>
    Bill,

    /// <summary>A credit note issued to a customer (negative total, reduces revenue).</summary>
    CreditNote,

    /// <summary>An expense paid by the business or claimed by an employee (negative).</summary>
    Expense,

    /// <summary>A reimbursement paid to an employee for expenses (negative).</summary>
    Reimbursement,

    /// <summary>A payment received, as recorded by an accounting system or a payment processor (positive; negative for a refund).</summary>
    Payment,

    /// <summary>A bank or processor fee (negative).</summary>
    Fee,
}
