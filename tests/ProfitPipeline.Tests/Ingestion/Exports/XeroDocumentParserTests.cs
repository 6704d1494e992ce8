using ProfitPipeline.Ingestion;
using ProfitPipeline.Ingestion.Exports.Documents;
using ProfitPipeline.Ledger;
using static ProfitPipeline.Tests.Ingestion.Exports.ExportFiles;

namespace ProfitPipeline.Tests.Ingestion.Exports;

public sealed class XeroDocumentParserTests
{
    internal const string ExportHeader =
        "ContactName,EmailAddress,POAddressLine1,POCity,POCountry,InvoiceNumber,Reference,InvoiceDate,DueDate,Total,TaxTotal,"
        + "InvoiceAmountPaid,InvoiceAmountDue,InventoryItemCode,Description,Quantity,UnitAmount,Discount,LineAmount,AccountCode,"
        + "TaxType,TaxAmount,TrackingName1,TrackingOption1,TrackingName2,TrackingOption2,Currency,Type,Sent,Status";

    internal const string TemplateHeader =
        "*ContactName,EmailAddress,POAddressLine1,POCity,POCountry,*InvoiceNumber,Reference,*InvoiceDate,*DueDate,InventoryItemCode,"
        + "*Description,*Quantity,*UnitAmount,Discount,*AccountCode,*TaxType,TaxAmount,TrackingName1,TrackingOption1,TrackingName2,"
        + "TrackingOption2,Currency,BrandingTheme";

    private static readonly string[] MixedExport =
    [
        ExportHeader,
        "Acme Ltd,ap@acme.example,1 High St,London,UK,INV-0001,PO 77,2025-03-14,2025-04-13,\"1,440.00\",240.00,0.00,\"1,440.00\",,Website design,10,100.00,,\"1,000.00\",200,20% (VAT on Income),200.00,Project,Website,Region,North,GBP,Sales invoice,Sent,AUTHORISED",
        "Acme Ltd,ap@acme.example,1 High St,London,UK,INV-0001,PO 77,2025-03-14,2025-04-13,\"1,440.00\",240.00,0.00,\"1,440.00\",,Hosting,1,200.00,,200.00,210,20% (VAT on Income),40.00,Project,Website,Region,North,GBP,Sales invoice,Sent,AUTHORISED",
        "Beta GmbH,,,,,INV-0002,,2025-03-20,2025-04-19,600.00,100.00,600.00,0.00,,Consulting,5,100.00,,500.00,200,20% (VAT on Income),100.00,Project,Audit,,,GBP,Sales invoice,Sent,PAID",
        "Acme Ltd,,,,,CN-0001,INV-0001,2025-03-28,2025-03-28,120.00,20.00,0.00,120.00,,Refund of hosting,1,100.00,,100.00,210,20% (VAT on Income),20.00,Project,Website,,,GBP,Sales credit note,,AUTHORISED",
        "Paper Supplies Co,,,,,B-981,,2025-03-02,2025-04-01,90.00,15.00,0.00,90.00,,Printer paper,3,25.00,,75.00,429,20% (VAT on Expenses),15.00,Client,Acme Ltd,Project,Website,GBP,Bill,,AUTHORISED",
    ];

    private static XeroInvoiceParser Invoices() => new(Options);

    [Fact]
    public void MixedExport_AggregatesLinesIntoOneTransactionPerDocument()
    {
        var (records, diagnostics) = Parse(Invoices(), MixedExport);

        Assert.Empty(diagnostics.Rejections);
        Assert.Equal(4, records.Count);
        var invoice = records[0];
        Assert.Equal(TransactionKind.Invoice, invoice.Kind);
        Assert.Equal(2, invoice.Line);
        Assert.Equal(Gbp(1440m), invoice.Amount);
        Assert.Equal(Gbp(1200m), invoice.NetAmount);
        Assert.Equal(Gbp(240m), invoice.TaxAmount);
        Assert.Equal(new DateOnly(2025, 4, 13), invoice.DueDate);
        Assert.Equal("Acme Ltd", invoice.CustomerReference);
        Assert.Equal("INV-0001", invoice.References.InvoiceNumber);
        Assert.Equal("AUTHORISED", invoice.Status);
        Assert.Equal("Website", invoice.Project);
        Assert.Equal("North", invoice.Segment);
        Assert.Equal([Gbp(1000m), Gbp(200m)], invoice.Lines.Select(l => l.Amount));
        Assert.Equal(["200", "210"], invoice.Lines.Select(l => l.Category));
    }

    [Fact]
    public void CreditNote_IsNegativeAndNamesTheOriginalInvoice()
    {
        var credit = Parse(Invoices(), MixedExport).Records.Single(r => r.Kind == TransactionKind.CreditNote);

        Assert.Equal(Gbp(-120m), credit.Amount);
        Assert.Equal(Gbp(-100m), credit.NetAmount);
        Assert.Equal("CN-0001", credit.References.InvoiceNumber);
        Assert.Equal("INV-0001", credit.References.PaymentReference);
        Assert.Equal(5, credit.Line);
    }

    [Fact]
    public void Bill_IsNegativeWithSupplierAsCounterpartyAndTrackedCustomer()
    {
        var bill = Parse(Invoices(), MixedExport).Records.Single(r => r.Kind == TransactionKind.Bill);

        Assert.Equal(Gbp(-90m), bill.Amount);
        Assert.Equal("Paper Supplies Co", bill.Counterparty);
        Assert.Equal("Acme Ltd", bill.CustomerReference);
        Assert.Equal("Website", bill.Project);
        Assert.Equal("B-981", bill.References.InvoiceNumber);
    }

    [Fact]
    public void ImportTemplate_ComputesTotalsFromUnitsAndReadsDayFirstDates()
    {
        var (records, diagnostics) = Parse(
            Invoices(),
            TemplateHeader,
            "Acme Ltd,,,,,INV-0100,,14/03/2025,13/04/2025,,Design,2,150.00,10,200,20% (VAT on Income),54.00,,,,,GBP,Standard",
            "Acme Ltd,,,,,INV-0100,,14/03/2025,13/04/2025,,Travel,1,30.00,,200,No VAT,,,,,,GBP,Standard",
            "Beta GmbH,,,,,INV-0101,,02/04/2025,02/05/2025,,Refund,1,-50.00,,200,No VAT,,,,,,,Standard");

        Assert.Empty(diagnostics.Rejections);
        Assert.Equal(2, records.Count);
        Assert.Equal(Gbp(354m), records[0].Amount);
        Assert.Equal(Gbp(300m), records[0].NetAmount);
        Assert.Equal(Gbp(54m), records[0].TaxAmount);
        Assert.Equal(new DateOnly(2025, 3, 14), records[0].BookingDate);
        Assert.Equal(TransactionKind.CreditNote, records[1].Kind);
        Assert.Equal(Eur(-50m), records[1].Amount);
        Assert.Equal(new DateOnly(2025, 4, 2), records[1].BookingDate);
    }

    [Fact]
    public void AmbiguousDayMonthOrder_MakesTheFileUnreadable()
    {
        var file = CsvFile(
            "x.csv",
            TemplateHeader,
            "Acme Ltd,,,,,INV-1,,03/04/2025,05/04/2025,,Design,1,10.00,,200,No VAT,,,,,,GBP,Standard");

        var exception = Assert.Throws<UnreadableFileException>(() => Parse<ParsedTransaction>(Invoices(), file));
        Assert.Contains("mapping profile", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadAmount_RejectsTheLineAndTheRestOfItsDocument()
    {
        var lines = MixedExport.ToArray();
        lines[2] = lines[2].Replace("200.00,,200.00,210", "200.00,,2O0.00,210", StringComparison.Ordinal);

        var (records, diagnostics) = Parse(Invoices(), lines);

        Assert.Equal(3, records.Count);
        Assert.DoesNotContain(records, r => r.References.InvoiceNumber == "INV-0001");
        var bad = Assert.Single(diagnostics.Rejections, r => r.Line == 3);
        Assert.Equal(19, bad.Column);
        Assert.Equal("LineAmount is not an amount", bad.Reason);
        Assert.Contains(diagnostics.Rejections, r => r.Line == 2 && r.Column is null);
        Assert.DoesNotContain(diagnostics.Rejections, r => r.Reason.Contains("Hosting", StringComparison.Ordinal));
    }

    [Fact]
    public void HeaderOnly_IsUnreadable() =>
        Assert.Throws<UnreadableFileException>(() => Parse<ParsedTransaction>(Invoices(), CsvFile("empty.csv", ExportHeader)));

    [Fact]
    public void Detect_ClaimsTheDominantFormatOnly()
    {
        string[] bills =
        [
            ExportHeader,
            MixedExport[5],
            MixedExport[5].Replace("B-981", "B-982", StringComparison.Ordinal),
            MixedExport[1],
        ];

        Assert.Equal(90, Detect(Invoices(), MixedExport));
        Assert.Equal(0, Detect(new XeroBillParser(Options), MixedExport));
        Assert.Equal(90, Detect(new XeroBillParser(Options), bills));
        Assert.Equal(0, Detect(Invoices(), bills));
        Assert.Equal(90, Detect(Invoices(), TemplateHeader));
        Assert.Equal(0, Detect(new XeroCreditNoteParser(Options), TemplateHeader));
    }
}
