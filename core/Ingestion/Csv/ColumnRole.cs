namespace ProfitPipeline.Ingestion.Csv;

/// <summary>What a bank CSV column holds.</summary>
internal enum ColumnRole
{
    None,
    BookingDate,
    ValueDate,

    /// <summary>A generic date column ("Date", "Transaction date"): the booking date unless a specific one exists.</summary>
    Date,
    Amount,
    Debit,
    Credit,

    /// <summary>Debit/credit marker for an unsigned amount (Af/Bij, S/H, debit/credit, D/C).</summary>
    DebitCreditMarker,
    Description,
    Counterparty,
    CounterpartyAccount,
    TransactionId,
    Currency,
    Account,
    Balance,
    Category,
}
