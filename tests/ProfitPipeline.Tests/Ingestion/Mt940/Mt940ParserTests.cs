using ProfitPipeline.Ingestion;
using ProfitPipeline.Ingestion.Mt940;
using ProfitPipeline.Ledger;
using static ProfitPipeline.Tests.Ingestion.BankStatementFixtures;

namespace ProfitPipeline.Tests.Ingestion.Mt940;

public sealed class Mt940ParserTests
{
    private readonly Mt940Parser _parser = new(Options);

    // :61: lines counted by hand per file (grep -c '^:61:'); MT942 entries are reported, not booked.
    public static TheoryData<string, int, int> ReadableFiles => new()
    {
        { "betterplace/sepa_mt9401.sta", 97, 0 },
        { "betterplace/sepa_snippet_broken.sta", 1, 1 },
        { "betterplace/with_binary_character.sta", 4, 0 },
        { "jejik/abnamro.sta", 10, 0 },
        { "jejik/ing.sta", 7, 0 },
        { "jejik/triodos.sta", 2, 0 },
        { "jejik/rabobank.sta", 5, 0 },
        { "jejik/rabobank-iban.sta", 4, 0 },
        { "jejik/knab.sta", 3, 0 },
        { "mBank/mt940.sta", 3, 0 },
        { "mBank/mt942.sta", 0, 0 },
        { "self-provided/mt942.sta", 0, 0 },
        { "self-provided/february_30.sta", 1, 0 },
        { "self-provided/whitespace.sta", 1, 0 },
        { "self-provided/wrapped_timestamp.sta", 1, 0 },
        { "self-provided/malformed_details.sta", 1, 0 },
        { "self-provided/raphaelm.sta", 9, 0 },
        { "ASNB/mt940.txt", 8, 0 },
        { "ASNB/mt940_with_spaces_for_entry_date.txt", 8, 0 },
        { "citi/mt940.txt", 5, 0 },
        { "sberbank/171011_01234945.sta", 3, 0 },
        { "cmxl/mt940.sta", 16, 0 },
    };

    public static TheoryData<string, string> UnreadableFiles => new()
    {
        { "self-provided/invalid_statement.sta", "no :20: transaction reference" },
        { "self-provided/empty_non_swift.sta", "not a complete statement" },
        { "self-provided/sparkassen.sta", "not a complete statement" },
    };

    [Theory]
    [MemberData(nameof(ReadableFiles))]
    public void ReadableFile_YieldsPinnedTransactionsAndRejections(string file, int transactions, int rejections) =>
        AssertReadable(file, transactions, rejections);

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public void InvalidFile_IsRejectedWithItsReason(string file, string reason) => AssertUnreadable(file, reason);

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void WholeSuite_UnderAnotherCulture_GivesTheSameResults(string culture) =>
        InCulture(culture, () =>
        {
            foreach (var row in ReadableFiles)
            {
                AssertReadable(row.Data.Item1, row.Data.Item2, row.Data.Item3);
            }

            foreach (var row in UnreadableFiles)
            {
                AssertUnreadable(row.Data.Item1, row.Data.Item2);
            }

            ReversalOfCredit_IsADebit();
            GermanSubfields_AreMapped();
        });

    [Fact]
    public void ReversalOfCredit_IsADebit()
    {
        var run = Run(_parser, "Mt940", "betterplace", "sepa_mt9401.sta").ShouldBeReadable();

        var reversals = run.Transactions.Where(t => t.Line is 19 or 101).ToList();
        Assert.Equal(2, reversals.Count);
        Assert.All(reversals, t => Assert.Equal(new Money(-204.88m, CurrencyCode.Eur), t.Amount));
        Assert.All(reversals, t => Assert.Equal(TransactionKind.BankDebit, t.Kind));
        Assert.Equal("R724710290656678", reversals[1].References.BankId);
        Assert.Equal(new Money(300m, CurrencyCode.Eur), run.Transactions[0].Amount);
        Assert.Equal("0724710345313905", run.Transactions[0].References.BankId);
    }

    [Fact]
    public void GermanSubfields_AreMapped()
    {
        var debit = Assert.Single(Run(_parser, "Mt940", "self-provided", "whitespace.sta").ShouldBeReadable().Transactions);

        Assert.Equal(new Money(-233.15m, CurrencyCode.Eur), debit.Amount);
        Assert.Equal(new DateOnly(2017, 9, 14), debit.BookingDate);
        Assert.Equal("12345678/1020304050", debit.Account);
        Assert.Equal("DEUTSCHE KREDITBANK AG", debit.Counterparty);
        Assert.Equal("9003932309", debit.CounterpartyAccount);
        Assert.Equal("ERSTATTUNG AUSLANDSEINSATZENTGELT FUER VISA 4998 XXXXXXXX 1234", debit.Description);
        Assert.Equal("820", debit.SourceCategory);
        Assert.Equal(5, debit.Line);
    }

    [Fact]
    public void SepaRemittance_EndToEndIdAndPurposeAreSplit()
    {
        var entry = Assert.Single(Run(_parser, "Mt940", "self-provided", "malformed_details.sta").ShouldBeReadable().Transactions);

        Assert.Equal("123/123/12345-----L1101234567890123", entry.References.EndToEndId);
        Assert.StartsWith("STEUERNR 123/123/12345", entry.Description, StringComparison.Ordinal);
        Assert.Equal("Finanzamt Muenchen Abteilung Erhebung", entry.Counterparty);
    }

    [Fact]
    public void DutchSlashCodes_AreMapped()
    {
        var run = Run(_parser, "Mt940", "jejik", "rabobank-iban.sta").ShouldBeReadable();

        Assert.Equal("01-01-2013 12:00 0030000987654321", run.Transactions[0].References.EndToEndId);
        Assert.Equal("CONTRA ACCOUNT HOLDER", run.Transactions[0].Counterparty);
        Assert.Equal("JOHN DOE", run.Transactions[1].Counterparty);
        Assert.Equal("Reference 201301234", run.Transactions[1].Description);
        Assert.Equal("NL71RABO0123456789", run.Transactions[1].Account);
        Assert.Equal([6, 10, 18, 22], run.Transactions.Select(t => t.Line));
    }

    [Fact]
    public void February30ValueDate_BooksOnTheEntryDate()
    {
        var run = Run(_parser, "Mt940", "self-provided", "february_30.sta").ShouldBeReadable();

        var fee = Assert.Single(run.Transactions);
        Assert.Equal(new DateOnly(2016, 3, 1), fee.BookingDate);
        Assert.Null(fee.ValueDate);
        Assert.Equal(new Money(-6.00m, CurrencyCode.Eur), fee.Amount);
        Assert.Contains(run.Diagnostics.Notices, n => n.Contains("value date is not a calendar date", StringComparison.Ordinal));
    }

    [Fact]
    public void Mt942_IsNoticedNotBooked()
    {
        var run = Run(_parser, "Mt940", "mBank", "mt942.sta").ShouldBeReadable();

        Assert.Empty(run.Transactions);
        Assert.Contains(run.Diagnostics.Notices, n => n.Contains("MT942", StringComparison.Ordinal) && n.Contains("3 entries", StringComparison.Ordinal));
    }

    [Fact]
    public void AccountFieldAfterStatementLine_IsRejectedWithItsReason()
    {
        var rejection = Assert.Single(Run(_parser, "Mt940", "betterplace", "sepa_snippet_broken.sta").Diagnostics.Rejections);

        Assert.Equal(6, rejection.Line);
        Assert.Contains(":25:", rejection.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1912310102C10,00NTRFNONREF", "2020-01-02", "2019-12-31", 10.00)]
    [InlineData("2001021231D5,00NTRFNONREF", "2019-12-31", "2020-01-02", -5.00)]
    [InlineData("240315RD7,50NTRFNONREF//B1", "2024-03-15", "2024-03-15", 7.50)]
    [InlineData("2403150316RCR7,50NTRFNONREF//B2", "2024-03-16", "2024-03-15", -7.50)]
    public void StatementLine_DatesRollOverTheYearAndReversalsFlip(string line, string booking, string value, decimal amount)
    {
        var run = RunText(_parser, $$"""
            {1:F01BANKDEFFXXXX0000000000}{2:O940BANKDEFFXXXXN}{4:
            :20:REF
            :25:DE89370400440532013000
            :28C:1/1
            :60F:C191231EUR100,00
            :61:{{line}}
            :86:Free text
            wrapped
            :62F:C200102EUR110,00
            -}
            """).ShouldBeReadable();

        var entry = Assert.Single(run.Transactions);
        Assert.Equal(DateOnly.ParseExact(booking, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), entry.BookingDate);
        Assert.Equal(DateOnly.ParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), entry.ValueDate);
        Assert.Equal(amount, entry.Amount.Amount);
        Assert.Equal(amount > 0 ? TransactionKind.BankCredit : TransactionKind.BankDebit, entry.Kind);
        Assert.Equal("Free text wrapped", entry.Description);
        Assert.Equal(6, entry.Line);
    }

    [Fact]
    public void MalformedStatementLine_IsRejectedAndTheRestRead()
    {
        var run = RunText(_parser, """
            :20:REF
            :25:123
            :60F:C240101EUR0,00
            :61:2401XXC1,00NTRFNONREF
            :61:240102C1,00NTRFNONREF
            :62F:C240102EUR1,00
            """).ShouldBeReadable();

        Assert.Single(run.Transactions);
        var rejection = Assert.Single(run.Diagnostics.Rejections);
        Assert.Equal(4, rejection.Line);
        Assert.Contains(":61:", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_RecognisesMt940AndIgnoresOthers()
    {
        foreach (var row in ReadableFiles)
        {
            Assert.True(_parser.Detect(Sample(["Mt940", .. row.Data.Item1.Split('/')])) >= 90, row.Data.Item1);
        }

        Assert.Equal(0, _parser.Detect(Sample("Mt940", "self-provided", "invalid_statement.sta")));
        Assert.Equal(0, _parser.Detect(Sample("Ofx", "bank_medium.ofx")));
        Assert.Equal(0, _parser.Detect(Sample("Camt", "camt053.v8.xml")));
    }

    private void AssertReadable(string file, int transactions, int rejections) => AssertPinned(_parser, "Mt940", file, transactions, rejections);

    private void AssertUnreadable(string file, string reason) => AssertRefused(_parser, "Mt940", file, reason);
}
