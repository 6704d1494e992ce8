using System.Text;
using Microsoft.Extensions.Options;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ingestion.Qif;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Ingestion.Qif;

/// <summary>Hand-made QIF files: bank and card sections, splits, apostrophe years, rejections and an ambiguous-date file.</summary>
public sealed class QifParserTests
{
    private const string Bank = """
        !Account
        NChecking
        TBank
        ^
        !Type:Bank
        D01/25'24
        T-1,234.56
        PLandlord Ltd
        MRent January
        N1001
        LHousing:Rent
        CX
        ^
        D 2/ 3'24
        T2,500.00
        PAcme Corp
        LSalary
        ^
        D02/14/2024
        T-100.00
        PSupermarket
        SGroceries
        EFood
        $-60.00
        SHousehold
        $-40.00
        ^
        """;

    private static QifParser Parser() => new(Options.Create(new IngestionOptions { DefaultCurrency = "USD" }));

    private static (List<ParsedTransaction> Transactions, ParseDiagnostics Diagnostics) Parse(string text)
    {
        var file = FileContent.FromBytes("t.qif", Encoding.UTF8.GetBytes(text));
        var diagnostics = new ParseDiagnostics(file.Name);
        return (Parser().Parse(file, diagnostics, TestContext.Current.CancellationToken).Cast<ParsedTransaction>().ToList(), diagnostics);
    }

    [Fact]
    public void BankFile_ReadsFieldsAndApostropheYears()
    {
        var (transactions, diagnostics) = Parse(Bank);

        Assert.Empty(diagnostics.Rejections);
        Assert.Equal(3, transactions.Count);
        var rent = transactions[0];
        Assert.Equal((new DateOnly(2024, 1, 25), new Money(-1234.56m, CurrencyCode.Usd), TransactionKind.BankDebit), (rent.BookingDate, rent.Amount, rent.Kind));
        Assert.Equal(("Landlord Ltd", "Rent January", "Housing:Rent", "reconciled", "Checking"), (rent.Counterparty, rent.Description, rent.SourceCategory, rent.Status, rent.Account));
        Assert.Equal("1001", rent.References.PaymentReference);
        Assert.Equal(6, rent.Line);
        Assert.Equal((new DateOnly(2024, 2, 3), TransactionKind.BankCredit), (transactions[1].BookingDate, transactions[1].Kind));
    }

    [Fact]
    public void Splits_BecomeLinesOfOneTransaction()
    {
        var (transactions, _) = Parse(Bank);

        var split = transactions[2];
        Assert.Equal(-100.00m, split.Amount.Amount);
        Assert.Equal([("Food", -60.00m, "Groceries"), ("Household", -40.00m, "Household")], split.Lines.Select(l => (l.Description, l.Amount.Amount, l.Category!)));
    }

    [Fact]
    public void AmbiguousDates_AreRefused()
    {
        var error = Assert.Throws<UnreadableFileException>(() => Parse("!Type:Bank\nD01/02/2024\nT-10.00\n^\nD03/04/2024\nT5.00\n^\n"));

        Assert.Contains("day/month order", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CardFile_DayFirstDecimalComma_AndABadRecordIsRejected()
    {
        var (transactions, diagnostics) = Parse("!Type:CCard\nD13.01.2024\nT-1.234,50\nPHotel\n^\nD14.01.2024\nTabc\n^\nD15.01.2024\nPNo amount\n^\nD16.01.2024\nT20,00\n^\n");

        Assert.Equal([-1234.50m, 20.00m], transactions.Select(t => t.Amount.Amount));
        Assert.Equal([(7, "the amount is not a number"), (9, "the record has no amount (T)")], diagnostics.Rejections.Select(r => (r.Line, r.Reason)));
    }

    [Fact]
    public void Detect_RecognisesTheTypeHeader()
    {
        static FileSample Sample(string text) => new("x.qif", Encoding.UTF8.GetBytes(text), text, text.Length);

        Assert.Equal(90, Parser().Detect(Sample("!Type:Bank\nD01/25'24\n")));
        Assert.Equal(0, Parser().Detect(Sample("Date,Description,Amount\n")));
    }
}
