using System.Globalization;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Profitability;

/// <summary>Terse construction of ledger rows and customers for the profitability and reconciliation tests (EUR).</summary>
internal static class TestLedger
{
    public static readonly ImportId Import = ImportId.FromSha256(new byte[32]);

    public static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Money Eur(decimal amount) => new(amount, CurrencyCode.Eur);

    public static LedgerTransaction Tx(
        string id,
        TransactionKind kind,
        string date,
        decimal amount,
        string? invoiceNumber = null,
        string? paymentReference = null,
        string? customerRef = null,
        string? customerTag = null,
        TagSource tagSource = TagSource.Rule,
        string? category = null,
        string? project = null,
        string? due = null,
        string description = "",
        decimal? fee = null,
        string? status = null,
        string? bankId = null,
        string? endToEnd = null,
        CurrencyCode? currency = null)
    {
        var parsed = new ParsedTransaction
        {
            Line = 1,
            Kind = kind,
            BookingDate = Day(date),
            Amount = new Money(amount, currency ?? CurrencyCode.Eur),
            DueDate = due is null ? null : Day(due),
            FeeAmount = fee is { } f ? new Money(f, currency ?? CurrencyCode.Eur) : null,
            Description = description,
            References = new TransactionReferences(bankId, endToEnd, invoiceNumber, paymentReference),
            CustomerReference = customerRef,
            Project = project,
            SourceCategory = category,
            Status = status,
        };
        return new LedgerTransaction(parsed, new TransactionId(id), new SourceLocation(Import, "test.csv", 1))
        {
            Tags = customerTag is null ? TransactionTags.None : new TransactionTags(Customer: new Tag(customerTag, tagSource, 1m) { Accepted = true }),
        };
    }

    public static CustomerRecord Customer(string id, params (string Key, string Value)[] dimensions) => new()
    {
        Line = 1,
        Id = new CustomerId(id),
        Name = "Customer " + id,
        Dimensions = dimensions.ToDictionary(d => d.Key, d => d.Value),
    };

    public static List<string> Ids(IEnumerable<TransactionId> ids) => ids.Select(i => i.Value).ToList();
}
