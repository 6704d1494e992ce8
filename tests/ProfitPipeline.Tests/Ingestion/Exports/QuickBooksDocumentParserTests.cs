using ProfitPipeline.Ingestion;
using ProfitPipeline.Ingestion.Exports.Documents;
using ProfitPipeline.Ledger;
using static ProfitPipeline.Tests.Ingestion.Exports.ExportFiles;

namespace ProfitPipeline.Tests.Ingestion.Exports;

public sealed class QuickBooksDocumentParserTests
{
    internal const string TransactionListHeader = ",Date,Transaction type,Num,Name,Memo/Description,Due date,Amount,Open balance,Class,Location,Applied to";

    private static readonly string[] TransactionList =
    [
        "Craig's Design and Landscaping Services",
        "Transaction List by Date",
        "January - March 2025",
        "",
        TransactionListHeader,
        ",01/15/2025,Invoice,1037,Acme Co,Garden design,02/14/2025,\"$1,250.00\",\"1,250.00\",Landscaping,West,",
        ",01/20/2025,Invoice,1038,Beta LLC,Pruning,02/19/2025,300.00,0.00,,East,",
        ",01/28/2025,Credit Memo,CM-7,Acme Co,Damaged plants,,-150.00,0.00,,,1037",
        ",02/01/2025,Payment,P-88,Beta LLC,,,300.00,0.00,,,1038",
        ",02/03/2025,Bill,B-1,Nursery Supply,Plants,03/05/2025,420.00,420.00,Landscaping,,",
        ",02/04/2025,Check,2201,Office Rent LLC,Rent,,-900.00,,,,",
        ",,,,,,,,,,,",
        "TOTAL,,,,,,,\"1,220.00\",,,,",
        "",
        "Accrual basis Monday, March 31, 2025 10:00 AM GMT-07:00",
    ];

    private static readonly string[] SalesByCustomerDetail =
    [
        "Sales by Customer Detail",
        ",Date,Transaction type,Num,Product/Service,Memo/Description,Qty,Sales price,Amount,Balance",
        "Acme Co,,,,,,,,,",
        ",03/14/2025,Invoice,1040,Design,Concept,10,95.00,950.00,950.00",
        ",03/14/2025,Invoice,1040,Design,Revisions,2,95.00,190.00,\"1,140.00\"",
        "Total for Acme Co,,,,,,,,\"1,140.00\",",
        "Beta LLC,,,,,,,,,",
        ",03/20/2025,Invoice,1041,Pruning,,1,300.00,300.00,300.00",
        "Total for Beta LLC,,,,,,,,300.00,",
    ];

    private static QuickBooksInvoiceParser Invoices() => new(Options);

    [Fact]
    public void TransactionList_SkipsTitlesTotalsAndUnbookedTypes()
    {
        var (records, diagnostics) = Parse(Invoices(), TransactionList);

        Assert.Empty(diagnostics.Rejections.Select(r => r.ToString()));
        Assert.Equal(
            [TransactionKind.Invoice, TransactionKind.Invoice, TransactionKind.CreditNote, TransactionKind.Payment, TransactionKind.Bill],
            records.Select(r => r.Kind));
        Assert.Contains(diagnostics.Notices, n => n.Contains("1 row(s) of type 'Check'", StringComparison.Ordinal));
        var invoice = records[0];
        Assert.Equal(6, invoice.Line);
        Assert.Equal(Eur(1250m), invoice.Amount);
        Assert.Equal(new DateOnly(2025, 1, 15), invoice.BookingDate);
        Assert.Equal(new DateOnly(2025, 2, 14), invoice.DueDate);
        Assert.Equal("Acme Co", invoice.CustomerReference);
        Assert.Equal("1037", invoice.References.InvoiceNumber);
        Assert.Equal("Landscaping", invoice.Project);
        Assert.Equal("West", invoice.Segment);
        Assert.Equal("Open", invoice.Status);
        Assert.Equal("Paid", records[1].Status);
    }

    [Fact]
    public void TransactionList_SignsFollowTheDocumentType()
    {
        var records = Parse(Invoices(), TransactionList).Records;

        var credit = records.Single(r => r.Kind == TransactionKind.CreditNote);
        Assert.Equal(Eur(-150m), credit.Amount);
        Assert.Equal("CM-7", credit.References.InvoiceNumber);
        Assert.Equal("1037", credit.References.PaymentReference);
        var payment = records.Single(r => r.Kind == TransactionKind.Payment);
        Assert.Equal(Eur(300m), payment.Amount);
        Assert.Equal("1038", payment.References.InvoiceNumber);
        Assert.Equal("Beta LLC", payment.CustomerReference);
        var bill = records.Single(r => r.Kind == TransactionKind.Bill);
        Assert.Equal(Eur(-420m), bill.Amount);
        Assert.Equal("Nursery Supply", bill.Counterparty);
        Assert.Equal("Landscaping", bill.Project);
    }

    [Fact]
    public void SalesByCustomerDetail_AggregatesLinesUnderTheCustomerHeading()
    {
        var (records, diagnostics) = Parse(Invoices(), SalesByCustomerDetail);

        Assert.Empty(diagnostics.Rejections);
        Assert.Equal(2, records.Count);
        Assert.Equal(Eur(1140m), records[0].Amount);
        Assert.Equal(2, records[0].Lines.Count);
        Assert.Equal("Acme Co", records[0].CustomerReference);
        Assert.Equal(4, records[0].Line);
        Assert.Equal("Beta LLC", records[1].CustomerReference);
        Assert.Equal(Eur(300m), records[1].Amount);
    }

    [Fact]
    public void BillList_WithVendorColumn_ReadsBills()
    {
        string[] bills =
        [
            "Date,No.,Vendor,Due date,Amount,Open balance,Customer,Class",
            "14/01/2025,INV-77,Timber Ltd,13/02/2025,\"2,000.00\",\"2,000.00\",Acme Co,Decking",
            "20/01/2025,INV-78,Timber Ltd,19/02/2025,bad,0.00,,",
        ];

        var (records, diagnostics) = Parse(new QuickBooksBillParser(Options), bills);

        var bill = Assert.Single(records);
        Assert.Equal(TransactionKind.Bill, bill.Kind);
        Assert.Equal(Eur(-2000m), bill.Amount);
        Assert.Equal("Acme Co", bill.CustomerReference);
        Assert.Equal("Decking", bill.Project);
        Assert.Equal(new DateOnly(2025, 1, 14), bill.BookingDate);
        var rejection = Assert.Single(diagnostics.Rejections);
        Assert.Equal((3, 5, "Amount is not an amount"), (rejection.Line, rejection.Column, rejection.Reason));
        Assert.Equal(85, Detect(new QuickBooksBillParser(Options), bills));
        Assert.Equal(0, Detect(Invoices(), bills));
    }

    [Fact]
    public void Detect_FindsTheHeaderBelowTheReportTitle()
    {
        Assert.Equal(85, Detect(Invoices(), TransactionList));
        Assert.Equal(0, Detect(new QuickBooksPaymentParser(Options), TransactionList));
        Assert.Equal(85, Detect(Invoices(), SalesByCustomerDetail));
    }

    [Fact]
    public void OnlyTotals_IsUnreadable()
    {
        var file = CsvFile("totals.csv", TransactionListHeader, "TOTAL,,,,,,,0.00,,,,");

        Assert.Throws<UnreadableFileException>(() => Parse<ParsedTransaction>(Invoices(), file));
    }
}
