using ProfitPipeline.Ingestion;
using ProfitPipeline.Ingestion.Ofx;
using ProfitPipeline.Ledger;
using static ProfitPipeline.Tests.Ingestion.BankStatementFixtures;

namespace ProfitPipeline.Tests.Ingestion.Ofx;

public sealed class OfxParserTests
{
    private readonly OfxParser _parser = new(Options);

    // STMTTRN elements counted by hand in each file (investment STMTTRNs are not bank transactions).
    public static TheoryData<string, int, int> ReadableFiles => new()
    {
        { "bank_medium.ofx", 3, 0 },
        { "checking.ofx", 3, 0 },
        { "anzcc.ofx", 1, 0 },
        { "suncorp.ofx", 1, 0 },
        { "ofx-v102-empty-tags.ofx", 1, 0 },
        { "multiple_accounts.ofx", 0, 0 },
        { "multiple_accounts2.ofx", 0, 0 },
        { "fail_nice/date_missing.ofx", 0, 3 },
        { "fail_nice/decimal_error.ofx", 0, 1 },
        { "fail_nice/empty_balance.ofx", 1, 0 },
    };

    public static TheoryData<string, string> UnreadableFiles => new()
    {
        { "signon_fail.ofx", "sign-on failed (code 15500" },
        { "error_message.ofx", "statement request failed: code 2000: General Server Error" },
        { "bank_small.ofx", "no bank or card statement" },
        { "account_listing_aggregation.ofx", "no bank or card statement" },
        { "signon_success.ofx", "no bank or card statement" },
        { "fidelity.ofx", "only investment statements" },
        { "fidelity-savings.ofx", "only investment statements" },
        { "investment_401k.ofx", "only investment statements" },
        { "investment_medium.ofx", "only investment statements" },
        { "td_ameritrade.ofx", "only investment statements" },
        { "tiaacref.ofx", "only investment statements" },
        { "vanguard.ofx", "only investment statements" },
        { "vanguard401k.ofx", "only investment statements" },
    };

    [Theory]
    [MemberData(nameof(ReadableFiles))]
    public void ReadableFile_YieldsPinnedTransactionsAndRejections(string file, int transactions, int rejections) =>
        AssertReadable(file, transactions, rejections);

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public void UnreadableFile_IsRejectedWithItsReason(string file, string reason) => AssertUnreadable(file, reason);

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

            BankSgml_MapsEveryField();
        });

    [Fact]
    public void BankSgml_MapsEveryField()
    {
        var run = Run(_parser, "Ofx", "bank_medium.ofx").ShouldBeReadable();

        var check = run.Transactions[1];
        Assert.Equal(TransactionKind.BankDebit, check.Kind);
        Assert.Equal(new Money(-316.67m, CurrencyCode.Parse("CAD")), check.Amount);
        Assert.Equal(new DateOnly(2009, 4, 2), check.BookingDate);
        Assert.Equal("12300 000012345678", check.Account);
        Assert.Equal("Joe's Bald Hairstyles", check.Counterparty);
        Assert.Equal("MISCELLANEOUS PAYMENTS;Joe's Bald Hairstyles", check.Description);
        Assert.Equal("0000123456782009040200004", check.References.BankId);
        Assert.Equal(16, check.Line);
    }

    [Fact]
    public void CreditCardXml_ReadsCardAccountAndUserDate()
    {
        var card = Assert.Single(Run(_parser, "Ofx", "anzcc.ofx").ShouldBeReadable().Transactions);

        Assert.Equal("1234123412341234", card.Account);
        Assert.Equal(new Money(-5.50m, CurrencyCode.Parse("AUD")), card.Amount);
        Assert.Equal(new DateOnly(2017, 5, 8), card.ValueDate);
        Assert.Equal("SOME MEMO", card.Description);
        Assert.Equal(29, card.Line);
    }

    [Fact]
    public void EmptyTags_CurrencyComesFromTheTransactionsCurrencyAggregate()
    {
        var credit = Assert.Single(Run(_parser, "Ofx", "ofx-v102-empty-tags.ofx").ShouldBeReadable().Transactions);

        Assert.Equal(TransactionKind.BankCredit, credit.Kind);
        Assert.Equal(new Money(12.34m, CurrencyCode.Parse("AUD")), credit.Amount);
        Assert.Null(credit.References.BankId);
        Assert.Null(credit.Counterparty);
        Assert.Equal("CBA:Transfer", credit.Description);
    }

    [Fact]
    public void CheckNumberAndCData_AreRead()
    {
        var checking = Run(_parser, "Ofx", "checking.ofx").ShouldBeReadable().Transactions;
        Assert.Equal("319", checking[2].References.PaymentReference);
        Assert.Equal(new Money(0.01m, CurrencyCode.Usd), checking[0].Amount);

        var suncorp = Assert.Single(Run(_parser, "Ofx", "suncorp.ofx").ShouldBeReadable().Transactions);
        Assert.Equal("EFTPOS WDL HANDYWAY ALDI STORE", suncorp.Counterparty);
        Assert.Null(suncorp.References.PaymentReference); // CHECKNUM 0 means none
    }

    [Fact]
    public void BrokenTransactions_AreRejectedByPositionAndReason()
    {
        var run = Run(_parser, "Ofx", "fail_nice", "date_missing.ofx").ShouldBeReadable();

        Assert.Equal([33, 40, 48], run.Diagnostics.Rejections.Select(r => r.Line));
        Assert.Contains("no DTPOSTED", run.Diagnostics.Rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("DTPOSTED is not a date", run.Diagnostics.Rejections[2].Reason, StringComparison.Ordinal);
        Assert.Contains("TRNAMT", Assert.Single(Run(_parser, "Ofx", "fail_nice", "decimal_error.ofx").Diagnostics.Rejections).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void InvestmentStatement_IsNoticedNotBooked()
    {
        var run = Run(_parser, "Ofx", "investment_medium.ofx");

        Assert.Empty(run.Transactions);
        Assert.Contains(run.Diagnostics.Notices, n => n.Contains("investment statement", StringComparison.Ordinal) && n.Contains("3 cash transactions", StringComparison.Ordinal));
    }

    [Fact]
    public void SeveralStatements_EachKeepsItsOwnAccount()
    {
        const string Sgml = """
            OFXHEADER:100
            DATA:OFXSGML

            <OFX><BANKMSGSRSV1>
            <STMTTRNRS><STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>A-1</BANKACCTFROM><BANKTRANLIST>
            <STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240105<TRNAMT>10.00<FITID>1<NAME>Smith & Sons<MEMO>Fish &amp; chips</STMTTRN>
            </BANKTRANLIST></STMTRS></STMTTRNRS>
            <STMTTRNRS><STMTRS><CURDEF>GBP<BANKACCTFROM><ACCTID>B-2</BANKACCTFROM><BANKTRANLIST>
            <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240106120000.000[+1:CET]<TRNAMT>-2,50<FITID>2</STMTTRN>
            </BANKTRANLIST></STMTRS></STMTTRNRS>
            </BANKMSGSRSV1></OFX>
            """;

        var run = RunText(_parser, Sgml).ShouldBeReadable();

        Assert.Equal(["A-1", "B-2"], run.Transactions.Select(t => t.Account));
        Assert.Equal("Smith & Sons", run.Transactions[0].Counterparty);
        Assert.Equal("Fish & chips", run.Transactions[0].Description);
        Assert.Equal(new Money(-2.50m, CurrencyCode.Gbp), run.Transactions[1].Amount);
        Assert.Equal(new DateOnly(2024, 1, 6), run.Transactions[1].BookingDate);
        Assert.Equal([6, 9], run.Transactions.Select(t => t.Line));
    }

    [Theory]
    [InlineData("bank_medium.ofx", true)]
    [InlineData("anzcc.ofx", true)]
    [InlineData("fail_nice/empty_balance.ofx", true)]
    public void Detect_RecognisesOfxByContent(string file, bool expected)
    {
        var score = _parser.Detect(Sample(["Ofx", .. file.Split('/')]));

        Assert.Equal(expected, score >= 90);
    }

    [Fact]
    public void Detect_IgnoresOtherFormats()
    {
        Assert.Equal(0, _parser.Detect(Sample("Camt", "camt053.v2.minimal.xml")));
        Assert.Equal(0, _parser.Detect(Sample("Mt940", "jejik", "abnamro.sta")));
    }

    private void AssertReadable(string file, int transactions, int rejections) => AssertPinned(_parser, "Ofx", file, transactions, rejections);

    private void AssertUnreadable(string file, string reason) => AssertRefused(_parser, "Ofx", file, reason);
}
