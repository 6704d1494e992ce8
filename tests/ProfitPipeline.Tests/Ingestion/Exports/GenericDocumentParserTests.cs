using ProfitPipeline.Ingestion.Exports.Documents;
using ProfitPipeline.Ledger;
using static ProfitPipeline.Tests.Ingestion.Exports.ExportFiles;

namespace ProfitPipeline.Tests.Ingestion.Exports;

public sealed class GenericDocumentParserTests
{
    internal const string Header =
        "kind,number,customer_id,customer_name,supplier,issue_date,due_date,net,tax,total,currency,status,project,segment,description,category,invoice_number";

    private static readonly string[] Documents =
    [
        Header,
        "invoice,2025-001,C-001,Acme Ltd,,2025-03-01,2025-03-31,1000.00,190.00,1190.00,EUR,sent,Website,Retail,March retainer,consulting,",
        "invoice,2025-002,C-002,Beta GmbH,,2025-03-05,2025-04-04,500.00,95.00,,EUR,paid,,,Audit,consulting,",
        "credit_note,CN-001,C-001,Acme Ltd,,2025-03-10,,100.00,19.00,119.00,EUR,,Website,,Goodwill,,2025-001",
        "bill,B-55,C-001,,Host AG,2025-03-02,2025-03-16,80.00,15.20,95.20,EUR,open,Website,,Servers,hosting,",
        "supplier_credit,SC-1,,,Host AG,2025-03-20,,10.00,1.90,11.90,EUR,,,,Outage credit,hosting,B-55",
        "payment,PAY-9,C-002,Beta GmbH,,2025-03-25,,,,595.00,EUR,,,,,,2025-002",
        "invoice,2025-001,C-001,Acme Ltd,,2025-03-01,2025-03-31,1.00,0.00,1.00,EUR,,,,dup,,",
        "invoice,2025-003,C-003,Gamma,,03/04/2025,,10.00,0.00,10.00,EUR,,,,,,",
        "quote,Q-1,C-003,Gamma,,2025-03-04,,10.00,0.00,10.00,EUR,,,,,,",
    ];

    [Fact]
    public void EveryKind_IsSignedAndReferenced()
    {
        var (records, diagnostics) = Parse(new GenericInvoiceParser(Options), Documents);

        Assert.Equal(6, records.Count);
        var invoice = records[0];
        Assert.Equal((TransactionKind.Invoice, Eur(1190m), Eur(1000m), Eur(190m)), (invoice.Kind, invoice.Amount, invoice.NetAmount, invoice.TaxAmount));
        Assert.Equal(("C-001", "Acme Ltd", "Website", "Retail", "consulting"), (invoice.CustomerReference, invoice.Counterparty, invoice.Project, invoice.Segment, invoice.SourceCategory));
        Assert.Equal(new DateOnly(2025, 3, 31), invoice.DueDate);
        Assert.Equal(Eur(595m), records[1].Amount);
        var credit = records[2];
        Assert.Equal((TransactionKind.CreditNote, Eur(-119m), "CN-001", "2025-001"), (credit.Kind, credit.Amount, credit.References.InvoiceNumber, credit.References.PaymentReference));
        var bill = records[3];
        Assert.Equal((TransactionKind.Bill, Eur(-95.2m), "Host AG", "C-001"), (bill.Kind, bill.Amount, bill.Counterparty, bill.CustomerReference));
        Assert.Equal((TransactionKind.Bill, Eur(11.9m)), (records[4].Kind, records[4].Amount));
        var payment = records[5];
        Assert.Equal((TransactionKind.Payment, Eur(595m), "2025-002", "PAY-9"), (payment.Kind, payment.Amount, payment.References.InvoiceNumber, payment.References.BankId));
    }

    [Fact]
    public void BadRows_AreRejectedWithLineAndColumn()
    {
        var diagnostics = Parse(new GenericInvoiceParser(Options), Documents).Diagnostics;

        Assert.Equal(
            [(8, (int?)null), (9, 6), (10, 1)],
            diagnostics.Rejections.Select(r => (r.Line, r.Column)).OrderBy(r => r.Line));
        Assert.Contains(diagnostics.Rejections, r => r.Reason == "issue_date is not a yyyy-MM-dd date");
        Assert.Contains(diagnostics.Rejections, r => r.Reason.StartsWith("duplicate document", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_ClaimsTheDominantKind()
    {
        Assert.Equal(95, Detect(new GenericInvoiceParser(Options), Documents));
        Assert.Equal(0, Detect(new GenericBillParser(Options), Documents));
        Assert.Equal(95, Detect(new GenericPaymentParser(Options), Header, Documents[6], Documents[6]));
        Assert.Equal(95, Detect(new GenericCreditNoteParser(Options), Header, Documents[3]));
    }
}
