using ProfitPipeline.Ingestion;
using ProfitPipeline.Ingestion.Csv;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Ingestion.Csv;

/// <summary>Every copied real bank CSV either yields its hand-counted transactions or is refused for a stated reason.</summary>
public sealed class BankCsvRealFilesTests
{
    [Theory]
    [InlineData("csv2ofx/capitalone.csv", 2)]
    [InlineData("csv2ofx/creditunion.csv", 8)]
    [InlineData("csv2ofx/default.csv", 8)]
    [InlineData("csv2ofx/gls.csv", 1)]
    [InlineData("csv2ofx/ingesp.csv", 10)]
    [InlineData("csv2ofx/mint.csv", 4)]
    [InlineData("csv2ofx/mint_extra.csv", 4)]
    [InlineData("csv2ofx/mint_headerless.csv", 4)]
    [InlineData("csv2ofx/n26-fr.csv", 2)]
    [InlineData("csv2ofx/outbank.csv", 4)]
    [InlineData("csv2ofx/pcmastercard.csv", 2)]
    [InlineData("csv2ofx/schwab-checking.csv", 4)]
    [InlineData("csv2ofx/ubs-ch-fr_trimmed.csv", 3)]
    [InlineData("reckon/51-sample.csv", 8)]
    [InlineData("reckon/85-date-example.csv", 2)]
    [InlineData("reckon/austrian_example.csv", 13)]
    [InlineData("reckon/broker_canada_example.csv", 12)]
    [InlineData("reckon/chase.csv", 9)]
    [InlineData("reckon/danish_kroner_nordea_example.csv", 6)]
    [InlineData("reckon/english_date_example.csv", 3)]
    [InlineData("reckon/extratofake.csv", 22)] // 23 rows, the first states the opening balance
    [InlineData("reckon/french_example.csv", 9)]
    [InlineData("reckon/german_date_example.csv", 3)]
    [InlineData("reckon/intuit_mint_example.csv", 7)]
    [InlineData("reckon/invalid_header_example.csv", 2)]
    [InlineData("reckon/inversed_credit_card.csv", 16)]
    [InlineData("reckon/multi-line-field.csv", 1)]
    [InlineData("reckon/nationwide.csv", 4)]
    [InlineData("reckon/some_other.csv", 9)]
    [InlineData("reckon/suntrust.csv", 7)]
    [InlineData("reckon/test_money_column.csv", 2)]
    [InlineData("reckon/two_money_columns.csv", 5)]
    [InlineData("reckon/yyyymmdd_date_example.csv", 1)]
    public void RealBankFile_YieldsHandCountedTransactions(string file, int expected)
    {
        var (transactions, diagnostics) = BankCsvTestParser.ParseAll(BankCsvTestParser.Create(), BankCsvTestParser.Fixture(file));

        Assert.Equal(expected, transactions.Count);
        Assert.Empty(diagnostics.Rejections);
        Assert.All(transactions, t => Assert.Equal(t.Amount.Amount > 0 ? TransactionKind.BankCredit : TransactionKind.BankDebit, t.Kind));
        Assert.Equal(transactions.Count, transactions.Select(t => t.Line).Distinct().Count());
    }

    [Theory]
    [InlineData("csv2ofx/payoneer.csv", "ambiguous")] // both rows 05/03/2021
    [InlineData("reckon/73-sample.csv", "ambiguous")] // one row, 07/06/2017
    [InlineData("reckon/spanish_date_example.csv", "ambiguous")] // every row 02/12/2009
    [InlineData("reckon/harder_date_example.csv", "no column reads as dates")] // 10-Nov-9: one-digit years, year/day order undecidable
    [InlineData("reckon/simple.csv", "no column reads as dates")] // entry1,entry2,entry3: no statement at all
    public void RealFile_WithoutReadableDates_IsRefusedWithReason(string file, string reason)
    {
        var parser = BankCsvTestParser.Create();

        var error = Assert.Throws<UnreadableFileException>(() => BankCsvTestParser.ParseAll(parser, BankCsvTestParser.Fixture(file)));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ing_RowWithExtraColumns_IsRejectedAndTheOthersKept()
    {
        var (transactions, diagnostics) = BankCsvTestParser.ParseAll(BankCsvTestParser.Create(), BankCsvTestParser.Fixture("reckon/ing.csv"));

        Assert.Equal([375.00m, -257.50m], transactions.Select(t => t.Amount.Amount)); // Bij, then Af
        var rejection = Assert.Single(diagnostics.Rejections);
        Assert.Equal((1, 9), (rejection.Line, rejection.Column));
        Assert.Equal("NL28 INGB 1200 3244 16", transactions[0].CounterpartyAccount);
    }

    [Fact]
    public void GermanGls_Windows1252WithProfile_ReadsAllFields()
    {
        var (transactions, _) = BankCsvTestParser.ParseAll(BankCsvTestParser.Create(), BankCsvTestParser.Fixture("csv2ofx/gls.csv"));

        var t = Assert.Single(transactions);
        Assert.Equal(new Money(-98.76m, CurrencyCode.Eur), t.Amount);
        Assert.Equal((new DateOnly(2017, 10, 10), new DateOnly(2017, 10, 10)), (t.BookingDate, t.ValueDate!.Value));
        Assert.Equal(("Drillisch Online AG", "1234567890"), (t.Counterparty, t.Account));
        Assert.Equal("SEPA-Basislastschrift B4658645 U123456789 B123456 987 SIMply Rechnung", t.Description);
        Assert.Equal(2, t.Line);
    }

    [Fact]
    public void UbsFrench_DebitCreditApostropheThousands_ReadsIdsAndCurrency()
    {
        var (transactions, _) = BankCsvTestParser.ParseAll(BankCsvTestParser.Create(), BankCsvTestParser.Fixture("csv2ofx/ubs-ch-fr_trimmed.csv"));

        Assert.Equal([-10.00m, 240.00m, -200.00m], transactions.Select(t => t.Amount.Amount));
        Assert.All(transactions, t => Assert.Equal("CHF", t.Amount.Currency.Value));
        Assert.Equal("9979360TI2115087", transactions[2].References.BankId);
        Assert.Equal(new DateOnly(2019, 4, 27), transactions[2].BookingDate);
    }

    [Fact]
    public void OutbankSemicolonDecimalComma_ReadsIbansAndMonthFirstShortDates()
    {
        var (transactions, _) = BankCsvTestParser.ParseAll(BankCsvTestParser.Create(), BankCsvTestParser.Fixture("csv2ofx/outbank.csv"));

        Assert.Equal([100.00m, -63.89m, -47.00m, -25.00m], transactions.Select(t => t.Amount.Amount));
        Assert.Equal(new DateOnly(2019, 2, 20), transactions[0].BookingDate);
        Assert.Equal(("Shell Gas", "DE33674643548447246470", "DE81254326973657190105"), (transactions[1].Counterparty, transactions[1].CounterpartyAccount, transactions[1].Account));
    }

    [Fact]
    public void Nationwide_PoundSignsAndMoneyOutIn_AreSignedInGbp()
    {
        var (transactions, _) = BankCsvTestParser.ParseAll(BankCsvTestParser.Create(), BankCsvTestParser.Fixture("reckon/nationwide.csv"));

        Assert.Equal([500.00m, -20.00m, -19.77m, -100.00m], transactions.Select(t => t.Amount.Amount));
        Assert.All(transactions, t => Assert.Equal(CurrencyCode.Gbp, t.Amount.Currency));
        Assert.Equal(new DateOnly(2013, 11, 7), transactions[0].BookingDate);
    }

    [Fact]
    public void PcMastercard_BuiltInProfile_InvertsCardSigns()
    {
        var (transactions, _) = BankCsvTestParser.ParseAll(BankCsvTestParser.Create(), BankCsvTestParser.Fixture("csv2ofx/pcmastercard.csv"));

        Assert.Equal([-36.33m, -13.98m], transactions.Select(t => t.Amount.Amount));
        Assert.All(transactions, t => Assert.Equal(TransactionKind.BankDebit, t.Kind));
        Assert.Equal(new DateOnly(2018, 12, 15), transactions[1].BookingDate);
    }

    [Fact]
    public void InversedCreditCard_DebitCreditMarkers_DecideTheSign()
    {
        var (transactions, _) = BankCsvTestParser.ParseAll(BankCsvTestParser.Create(), BankCsvTestParser.Fixture("reckon/inversed_credit_card.csv"));

        Assert.Equal(-30.00m, transactions[0].Amount.Amount);
        Assert.Equal(500.00m, transactions[3].Amount.Amount); // CREDIT,...,-500.00
        Assert.Equal(new DateOnly(2013, 1, 16), transactions[0].ValueDate);
    }

    [Fact]
    public void SomeOther_ParenthesisedNegativesAndBareCents_AreRead()
    {
        var (transactions, _) = BankCsvTestParser.ParseAll(BankCsvTestParser.Create(), BankCsvTestParser.Fixture("reckon/some_other.csv"));

        Assert.Equal(new Money(-85.00m, CurrencyCode.Usd), transactions[0].Amount);
        Assert.Equal(0.23m, transactions[5].Amount.Amount);
        Assert.Equal(-0.96m, transactions[6].Amount.Amount);
    }

    [Fact]
    public void Preamble_Footer_AndBalanceLines_AreSkippedWithNotices()
    {
        var parser = BankCsvTestParser.Create();
        var (mint, mintDiagnostics) = BankCsvTestParser.ParseAll(parser, BankCsvTestParser.Fixture("csv2ofx/mint_extra.csv"));
        var (french, _) = BankCsvTestParser.ParseAll(parser, BankCsvTestParser.Fixture("reckon/invalid_header_example.csv"));
        var (brazil, brazilDiagnostics) = BankCsvTestParser.ParseAll(parser, BankCsvTestParser.Fixture("reckon/extratofake.csv"));

        Assert.Equal([5, 6, 7, 8], mint.Select(t => t.Line));
        Assert.Single(mintDiagnostics.Notices);
        Assert.Equal([50.00m, -8.10m], french.Select(t => t.Amount.Amount));
        Assert.Equal(new DateOnly(2016, 2, 19), french[0].BookingDate);
        Assert.Equal(3, brazil[0].Line); // line 2 is "Saldo Anterior"
        Assert.Contains(brazilDiagnostics.Notices, n => n.StartsWith("Line 2 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Payoneer_AmbiguousDates_ReadWithAUserProfile()
    {
        var profile = new MappingProfile
        {
            Name = "Payoneer (user)",
            HeaderSignature = ["Transaction Date", "Transaction ID", "Credit Amount", "Debit Amount"],
            DateFormat = "MM/dd/yyyy",
        };
        var parser = BankCsvTestParser.Create("EUR", profile);

        var (transactions, _) = BankCsvTestParser.ParseAll(parser, BankCsvTestParser.Fixture("csv2ofx/payoneer.csv"));

        Assert.Equal([-100m, 120m], transactions.Select(t => t.Amount.Amount));
        Assert.All(transactions, t => Assert.Equal((new DateOnly(2021, 5, 3), CurrencyCode.Usd), (t.BookingDate, t.Amount.Currency)));
        Assert.Equal(["123", "1234"], transactions.Select(t => t.References.BankId));
    }
}
