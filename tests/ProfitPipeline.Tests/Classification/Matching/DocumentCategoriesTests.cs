using ProfitPipeline.Classification;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Classification.Matching;

public sealed class DocumentCategoriesTests
{
    private static readonly TransactionTagger Tagger = new(CategoryChart.Default);

    [Fact]
    public void DebitQuotingABillsNumber_TakesTheBillsCategory()
    {
        var bill = TransactionSamples.Make("b", TransactionKind.Bill, -6500m, "Lindenhof Property", references: new(InvoiceNumber: "LPM-2026-03"), sourceCategory: "469");
        var debit = TransactionSamples.Make("d", TransactionKind.BankDebit, -6500m, "Lindenhof Property", "LPM-2026-03");

        var tags = Tagger.Tag([bill, debit], [], [], null);

        Assert.Equal("rent", tags[0].Category?.Value);
        Assert.Equal(TagSource.Export, tags[0].Category?.Source);
        Assert.Equal(new Tag("rent", TagSource.Match, 0.99m, "category of the bill whose number is in the remittance text") { Accepted = true }, tags[1].Category);
    }

    [Fact]
    public void ReceiptQuotingAStoredInvoice_TakesItsCategoryFromTheStoredTags()
    {
        var invoice = TransactionSamples.Make("i", TransactionKind.Invoice, 1200m, references: new(InvoiceNumber: "INV-1001")) with
        {
            Tags = new TransactionTags(Category: new Tag("revenue", TagSource.Export, 1m, "transaction kind") { Accepted = true }),
        };
        var receipt = TransactionSamples.Make("r", TransactionKind.BankCredit, 1200m, "Acme", "Payment", references: new(EndToEndId: "INV-1001"));

        var tags = Tagger.Tag([receipt], [], [], null, storedDocuments: [invoice]);

        Assert.Equal("revenue", tags[0].Category?.Value);
        Assert.Equal("category of the invoice whose number is in the references", tags[0].Category?.Detail);
    }

    [Fact]
    public void PaymentDirectionMustMatchTheDocument()
    {
        var bill = TransactionSamples.Make("b", TransactionKind.Bill, -90m, references: new(InvoiceNumber: "BILL-7788"), sourceCategory: "485");
        var refund = TransactionSamples.Make("c", TransactionKind.BankCredit, 90m, description: "Refund BILL-7788");

        Assert.Null(Tagger.Tag([bill, refund], [], [], null)[1].Category);
    }

    [Fact]
    public void NumberSharedByBillsOfDifferentCategories_IsIgnored()
    {
        var rent = TransactionSamples.Make("b1", TransactionKind.Bill, -10m, "Landlord", references: new(InvoiceNumber: "2026-0042"), sourceCategory: "469");
        var software = TransactionSamples.Make("b2", TransactionKind.Bill, -20m, "Vendor", references: new(InvoiceNumber: "2026-0042"), sourceCategory: "485");
        var debit = TransactionSamples.Make("d", TransactionKind.BankDebit, -10m, description: "2026-0042");

        Assert.Null(Tagger.Tag([rent, software, debit], [], [], null)[2].Category);
    }

    [Fact]
    public void BillWithoutAKnownCategory_GivesNothing()
    {
        var bill = TransactionSamples.Make("b", TransactionKind.Bill, -10m, references: new(InvoiceNumber: "X-123456"), sourceCategory: "9999");
        var debit = TransactionSamples.Make("d", TransactionKind.BankDebit, -10m, description: "X-123456");

        Assert.Null(Tagger.Tag([bill, debit], [], [], null)[1].Category);
    }
}
