namespace ProfitPipeline.Cli.Demo;

/// <summary>The ISO 20022 bank transaction family a booking belongs to (CAMT's BkTxCd).</summary>
internal enum BankTransactionCode
{
    ReceivedTransfer,
    SentTransfer,
    DirectDebit,
    Salary,
    Charges,
}

/// <summary>One booking on the operating account; positive amounts are money in.</summary>
internal sealed record BankEntry(
    DateOnly Date,
    decimal Amount,
    string Description,
    string Counterparty,
    string Iban,
    string Reference,
    string EndToEndId,
    BankTransactionCode Code);
