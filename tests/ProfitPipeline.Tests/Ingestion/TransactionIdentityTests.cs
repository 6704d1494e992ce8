using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Ingestion;

public sealed class TransactionIdentityTests
{
    private static ParsedTransaction Row(string description = "Card payment Harbour Lights", string? counterparty = "Harbour Lights Bakery", decimal amount = -12.5m) => new()
    {
        Line = 2,
        Kind = TransactionKind.BankDebit,
        BookingDate = new DateOnly(2026, 3, 9),
        Amount = new Money(amount, CurrencyCode.Eur),
        Account = "DE89370400440532013000",
        Counterparty = counterparty,
        Description = description,
    };

    // The first 32 hex digits of SHA-256 over the parts joined by the unit separator: the format stored ids were made with.
    private static string Expected(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001F', parts))))[..32];

    [Fact]
    public void RowWithoutBankId_IdIsTheHashOfItsNormalisedContentAndOrdinal_AsStoredIdsWereMade()
    {
        var id = new TransactionIdentity().Next(Row());

        // An id that changed would make every statement imported again count as new rows.
        Assert.Equal(
            Expected("content", "BankDebit", "DE89370400440532013000", "2026-03-09", "-12.50", "EUR", "harbourlightsbakery", "cardpaymentharbourlights", "1"),
            id.Value);
    }

    [Fact]
    public void BankIdAndDocumentNumber_DecideTheId()
    {
        var identity = new TransactionIdentity();
        var banked = identity.Next(Row() with { References = new TransactionReferences(BankId: " FIT-77 ") });
        var bill = identity.Next(Row() with { Kind = TransactionKind.Bill, References = new TransactionReferences(InvoiceNumber: "B-12") });
        var invoice = identity.Next(Row() with { Kind = TransactionKind.Invoice, References = new TransactionReferences(InvoiceNumber: "INV-0263") });

        Assert.Equal(Expected("bank", "BankDebit", "DE89370400440532013000", "FIT-77"), banked.Value);
        Assert.Equal(Expected("document", "Bill", "harbourlightsbakery", "B-12"), bill.Value);
        Assert.Equal(Expected("document", "Invoice", string.Empty, "INV-0263"), invoice.Value);
    }

    [Fact]
    public void SameRowTwiceInAFile_TwoIds_AndTheSameTwoInAnotherFile()
    {
        var first = new TransactionIdentity();
        var second = new TransactionIdentity();

        TransactionId[] one = [first.Next(Row()), first.Next(Row())];
        TransactionId[] other = [second.Next(Row()), second.Next(Row())];

        Assert.NotEqual(one[0], one[1]);
        Assert.Equal(one, other);
    }

    [Fact]
    public void CaseSpacingPunctuationAndCompatibilityForms_DoNotChangeTheId()
    {
        var plain = new TransactionIdentity().Next(Row("Office fit-out 2026", "Muller GmbH"));

        // Another export of the same row: upper case, other spacing and punctuation, a ligature and full-width digits.
        var reworded = new TransactionIdentity().Next(Row("OFFICE  ﬁt out, ２０２６.", "MULLER gmbh"));

        Assert.Equal(plain, reworded);
    }

    [Fact]
    public void AnyDescription_ReexportedWithOtherCaseAndPunctuation_KeepsItsId()
    {
        var words = Gen.Elements("rent", "Über", "straße", "naïve", "ref", "0042", "İstanbul", "ﬁle", "Café");
        var cases = from parts in Gen.NonEmptyListOf(words)
                    from separators in Gen.ListOf(Gen.Elements(" ", "  ", "-", ", ", "/", "."), parts.Count)
                    from upper in Gen.Elements(true, false)
                    select (parts, separators, upper);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var plain = string.Join(' ', c.parts);
            var other = string.Concat(c.parts.Zip(c.separators, (p, s) => (c.upper ? p.ToUpperInvariant() : p.ToLowerInvariant()) + s));

            // Only where lower-casing both gives the same letters: upper case loses what some letters were (ß, dotless i).
            return !string.Equals(Letters(plain), Letters(other), StringComparison.Ordinal)
                || new TransactionIdentity().Next(Row(plain)) == new TransactionIdentity().Next(Row(other));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void DifferentAmountDateOrText_DifferentIds()
    {
        var identity = new TransactionIdentity();

        TransactionId[] ids =
        [
            identity.Next(Row()),
            identity.Next(Row(amount: -12.51m)),
            identity.Next(Row() with { BookingDate = new DateOnly(2026, 3, 10) }),
            identity.Next(Row("Card payment Harbour Light")),
            identity.Next(Row(counterparty: null)),
        ];

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    private static string Letters(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormKC).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
}
