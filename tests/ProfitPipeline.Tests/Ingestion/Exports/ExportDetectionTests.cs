using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ingestion.Exports;
using ProfitPipeline.Ingestion.Exports.Customers;
using ProfitPipeline.Ingestion.Exports.Documents;
using ProfitPipeline.Ingestion.Exports.Expenses;
using ProfitPipeline.Ingestion.Exports.Processors;
using ProfitPipeline.Ledger;
using static ProfitPipeline.Tests.Ingestion.Exports.ExportFiles;

namespace ProfitPipeline.Tests.Ingestion.Exports;

/// <summary>Every export parser wins on its own header and scores 0 on every other one; run under several cultures.</summary>
public sealed class ExportDetectionTests
{
    private static readonly string StripeFixtureHeader =
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Exports", "stripe-all.csv")).First();

    public static TheoryData<string> Cultures => ["", "de-DE", "tr-TR"];

    private static IReadOnlyList<(string[] Lines, Type Winner)> Samples() =>
    [
        ([XeroDocumentParserTests.ExportHeader, "Acme,,,,,INV-1,,2025-03-14,2025-04-13,10.00,0.00,0,10.00,,Work,1,10.00,,10.00,200,No VAT,0,,,,,GBP,Sales invoice,,PAID"], typeof(XeroInvoiceParser)),
        ([XeroDocumentParserTests.ExportHeader, "Supplier,,,,,B-1,,2025-03-14,2025-04-13,10.00,0.00,0,10.00,,Work,1,10.00,,10.00,400,No VAT,0,,,,,GBP,Bill,,PAID"], typeof(XeroBillParser)),
        ([XeroDocumentParserTests.TemplateHeader], typeof(XeroInvoiceParser)),
        ([QuickBooksDocumentParserTests.TransactionListHeader, ",01/15/2025,Payment,P-1,Acme,,,10.00,0.00,,,1037"], typeof(QuickBooksPaymentParser)),
        (["Date,No.,Vendor,Due date,Amount,Open balance"], typeof(QuickBooksBillParser)),
        (["Date,Transaction type,No.,Customer,Memo/Description,Due date,Amount,Open balance"], typeof(QuickBooksInvoiceParser)),
        ([GenericDocumentParserTests.Header], typeof(GenericInvoiceParser)),
        ([ExpenseParserTests.XeroHeader], typeof(XeroExpenseClaimParser)),
        ([ExpenseParserTests.ExpensifyHeader], typeof(ExpensifyParser)),
        ([ExpenseParserTests.GenericHeader], typeof(GenericExpenseParser)),
        ([ProcessorParserTests.StripeDashboardHeader], typeof(StripePaymentsParser)),
        ([StripeFixtureHeader], typeof(StripePaymentsParser)),
        ([ProcessorParserTests.StripeBalanceHeader], typeof(StripeBalanceParser)),
        ([ProcessorParserTests.PayPalHeader], typeof(PayPalActivityParser)),
        ([CustomerMasterParserTests.Header], typeof(CustomerMasterParser)),
    ];

    private static List<IFileParser> AllParsers() =>
    [
        .. new ServiceCollection().AddSingleton(Options).AddExportParsing().BuildServiceProvider().GetServices<IFileParser>(),
    ];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EachParser_WinsOnItsOwnHeaderAndScoresZeroOnTheOthers(string culture)
    {
        using var _ = new CultureScope(culture);
        var parsers = AllParsers();

        Assert.Equal(18, parsers.Count);
        foreach (var (lines, winner) in Samples())
        {
            var scores = parsers.Select(p => (Type: p.GetType(), Score: Detect(p, lines))).ToList();
            Assert.True(scores.Single(s => s.Type == winner).Score >= 80, $"{winner.Name} should claim its header");
            Assert.All(scores.Where(s => s.Type != winner), s => Assert.True(s.Score == 0, $"{s.Type.Name} scored {s.Score} on {winner.Name}'s header"));
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void PlainBankCsv_IsNobodysExport(string culture)
    {
        using var _ = new CultureScope(culture);

        foreach (var header in new[] { "Date,Description,Amount", "Date,Description,Amount,Balance", "Booking date,Payee,Amount,Currency" })
        {
            Assert.All(AllParsers(), p => Assert.Equal(0, Detect(p, header, "2025-03-01,Coffee,-3.50,100.00")));
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void AmountsAndDates_ReadTheSameInEveryCulture(string culture)
    {
        using var _ = new CultureScope(culture);

        var (records, diagnostics) = Parse(
            new XeroInvoiceParser(Options),
            XeroDocumentParserTests.ExportHeader,
            "Istanbul Iletisim,,,,,INV-9,,15 Mar 2025,14 Apr 2025,\"1,234.56\",205.76,0,0,,Işık,1,\"1,028.80\",,\"1,028.80\",200,KDV,205.76,,,,,TRY,Sales invoice,,PAID");

        Assert.Empty(diagnostics.Rejections);
        var invoice = Assert.Single(records);
        Assert.Equal(new Money(1234.56m, CurrencyCode.Parse("TRY")), invoice.Amount);
        Assert.Equal(new DateOnly(2025, 3, 15), invoice.BookingDate);
        Assert.Equal(TransactionKind.Invoice, invoice.Kind);
    }

    /// <summary>Sets the thread's culture for one test and puts it back.</summary>
    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = Thread.CurrentThread.CurrentCulture;

        public CultureScope(string name) => Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo(name);

        public void Dispose() => Thread.CurrentThread.CurrentCulture = _culture;
    }
}
