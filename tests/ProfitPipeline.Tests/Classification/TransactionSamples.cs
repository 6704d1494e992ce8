using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Classification;

/// <summary>Builds ledger transactions for classification tests.</summary>
internal static class TransactionSamples
{
    private static readonly ImportId Import = ImportId.FromSha256(new byte[32]);

    public static LedgerTransaction Make(
        string id,
        TransactionKind kind,
        decimal amount,
        string? counterparty = null,
        string description = "",
        DateOnly? date = null,
        string? customerReference = null,
        string? counterpartyAccount = null,
        TransactionReferences? references = null,
        string? sourceCategory = null,
        string? account = null) =>
        new(
            new ParsedTransaction
            {
                Line = 1,
                Kind = kind,
                BookingDate = date ?? new DateOnly(2026, 3, 15),
                Amount = new Money(amount, CurrencyCode.Eur),
                Counterparty = counterparty,
                Description = description,
                CustomerReference = customerReference,
                CounterpartyAccount = counterpartyAccount,
                References = references ?? TransactionReferences.None,
                SourceCategory = sourceCategory,
                Account = account,
            },
            new TransactionId(id),
            new SourceLocation(Import, "test.csv", 1));
}
