using ProfitPipeline.Ingestion;
using ProfitPipeline.Ingestion.Exports.Processors;
using ProfitPipeline.Ledger;
using static ProfitPipeline.Tests.Ingestion.Exports.ExportFiles;

namespace ProfitPipeline.Tests.Ingestion.Exports;

public sealed class ProcessorParserTests
{
    internal const string StripeDashboardHeader =
        "id,Description,Created (UTC),Amount,Amount Refunded,Currency,Converted Amount,Converted Amount Refunded,Fee,Taxes On Fee,"
        + "Converted Currency,Status,Seller Message,Captured,Customer ID,Customer Description,Customer Email,Card Last4,Invoice Number";

    internal const string StripeBalanceHeader =
        "balance_transaction_id,created_utc,available_on_utc,currency,gross,fee,net,reporting_category,source_id,description,"
        + "customer_facing_amount,customer_facing_currency,customer_id,customer_email,customer_name";

    internal const string PayPalHeader =
        "Date,Time,TimeZone,Name,Type,Status,Currency,Gross,Fee,Net,From Email Address,To Email Address,Transaction ID,"
        + "Reference Txn ID,Invoice Number,Subject";

    private static readonly CurrencyCode Cad = CurrencyCode.Parse("CAD");

    [Fact]
    public void StripeFixture_BooksEveryChargeWithItsFee()
    {
        var file = FileContent.FromFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Exports", "stripe-all.csv"));
        var parser = new StripePaymentsParser(Options);

        var (records, diagnostics) = Parse<ParsedTransaction>(parser, file);

        Assert.Equal(90, parser.Detect(Sample(file)));
        Assert.Empty(diagnostics.Rejections);
        Assert.Equal(5, records.Count(r => r.Kind == TransactionKind.Payment));
        Assert.Equal(5, records.Count(r => r.Kind == TransactionKind.Fee));
        var first = records[0];
        Assert.Equal((new Money(25m, Cad), new Money(-1.03m, Cad), "ch_1IGl9SBI9JK85yVZtjcU9OLJ"), (first.Amount, first.FeeAmount, first.References.BankId));
        Assert.Equal(new DateOnly(2021, 2, 3), first.BookingDate);
        Assert.Equal(2, first.Line);
        Assert.Equal(new Money(-1.03m, Cad), records[1].Amount);
        var customer = records.Single(r => r.Kind == TransactionKind.Payment && r.CustomerReference is not null);
        Assert.Equal(("cus_J7gbFtFn5aCnnH", "Big Customer", 6), (customer.CustomerReference, customer.Counterparty, customer.Line));
        Assert.Equal(new Money(67.5m + 45m, Cad), new Money(records.Where(r => r.Kind == TransactionKind.Payment).Sum(r => r.Amount.Amount), Cad));
    }

    [Fact]
    public void StripeDashboard_RefundsAndUncapturedCharges()
    {
        var (records, diagnostics) = Parse(
            new StripePaymentsParser(Options),
            StripeDashboardHeader,
            "ch_1,Order 1,2025-03-01 10:00:00,\"1,000.00\",0.00,usd,920.00,0.00,26.98,0.00,eur,Paid,Payment complete.,true,cus_A,Acme Ltd,ap@acme.example,4242,INV-1",
            "ch_2,Order 2,2025-03-02 11:00:00,50.00,20.00,usd,46.00,18.40,1.75,0.00,eur,Refunded,Payment complete.,true,,,bob@example.com,4242,",
            "ch_3,Order 3,2025-03-03 12:00:00,70.00,0.00,usd,0.00,0.00,0.00,0.00,eur,Failed,Card declined,false,,,,4000,");

        Assert.Equal(5, records.Count);
        Assert.Equal((TransactionKind.Payment, Usd(1000m), new Money(-26.98m, CurrencyCode.Eur), "cus_A", "INV-1"), (records[0].Kind, records[0].Amount, records[0].FeeAmount, records[0].CustomerReference, records[0].References.InvoiceNumber));
        Assert.Equal((TransactionKind.Fee, Eur(-26.98m), "ch_1:fee"), (records[1].Kind, records[1].Amount, records[1].References.BankId));
        Assert.Equal("bob@example.com", records[2].CustomerReference);
        Assert.Equal((TransactionKind.Payment, Usd(-20m), "ch_2:refund"), (records[4].Kind, records[4].Amount, records[4].References.BankId));
        Assert.Empty(diagnostics.Rejections);
        Assert.Contains(diagnostics.Notices, n => n.Contains("1 row(s) of type 'failed or uncaptured charge' were not booked", StringComparison.Ordinal));
    }

    [Fact]
    public void StripeBalance_BooksChargesRefundsAndFees_AndOnlyNotesPayouts()
    {
        var (records, diagnostics) = Parse(
            new StripeBalanceParser(Options),
            StripeBalanceHeader,
            "txn_1,2025-03-01 10:00:00,2025-03-03 00:00:00,eur,100.00,3.20,96.80,charge,ch_1,Order 1,100.00,eur,cus_A,ap@acme.example,Acme Ltd",
            "txn_2,2025-03-02 10:00:00,2025-03-02 10:00:00,eur,-40.00,0.00,-40.00,refund,re_1,Refund,40.00,eur,cus_A,,",
            "txn_3,2025-03-05 00:00:00,2025-03-05 00:00:00,eur,-15.00,0.00,-15.00,fee,,Billing fee,,,,,",
            "txn_4,2025-03-06 00:00:00,2025-03-06 00:00:00,eur,-41.80,0.00,-41.80,payout,po_1,STRIPE PAYOUT,,,,,",
            "txn_5,2025-03-07 00:00:00,2025-03-07 00:00:00,eur,x,0.00,0.00,charge,ch_9,,,,,,");

        Assert.Equal(
            [(TransactionKind.Payment, 100m), (TransactionKind.Fee, -3.2m), (TransactionKind.Payment, -40m), (TransactionKind.Fee, -15m)],
            records.Select(r => (r.Kind, r.Amount.Amount)));
        Assert.Equal(("cus_A", "txn_1", "ch_1"), (records[0].CustomerReference, records[0].References.BankId, records[0].References.PaymentReference));
        Assert.Contains(diagnostics.Notices, n => n.Contains("'stripe payout'", StringComparison.Ordinal));
        var rejection = Assert.Single(diagnostics.Rejections);
        Assert.Equal((6, (int?)5), (rejection.Line, rejection.Column));
    }

    [Fact]
    public void PayPal_BooksCompletedPaymentsFeesRefundsAndSpending()
    {
        var (records, diagnostics) = Parse(
            new PayPalActivityParser(Options),
            PayPalHeader,
            "03/01/2025,10:12:00,PST,Acme Ltd,Express Checkout Payment,Completed,USD,\"1,200.00\",-35.10,\"1,164.90\",ap@acme.example,me@shop.example,5AB1,,INV-7,Order 7",
            "03/02/2025,11:00:00,PST,Acme Ltd,Payment Refund,Completed,USD,-100.00,2.90,-97.10,me@shop.example,ap@acme.example,6CD2,5AB1,INV-7,",
            "03/03/2025,12:00:00,PST,Domain Host Inc,PreApproved Payment Bill User Payment,Completed,USD,-12.00,0.00,-12.00,me@shop.example,billing@host.example,7EF3,,,",
            "03/04/2025,09:00:00,PST,,General Withdrawal,Completed,USD,-500.00,0.00,-500.00,,,8GH4,,,",
            "03/05/2025,09:00:00,PST,Beta LLC,Express Checkout Payment,Pending,USD,80.00,-2.62,77.38,b@beta.example,me@shop.example,9IJ5,,,",
            "03/15/2025,09:00:00,PST,Gamma,Website Payment,Completed,USD,40.00,-1.46,38.54,g@gamma.example,me@shop.example,,,,");

        Assert.Equal(
            [(TransactionKind.Payment, 1200m), (TransactionKind.Fee, -35.1m), (TransactionKind.Payment, -100m), (TransactionKind.Fee, 2.9m), (TransactionKind.Expense, -12m)],
            records.Select(r => (r.Kind, r.Amount.Amount)));
        Assert.Equal(("ap@acme.example", "INV-7", "5AB1", new DateOnly(2025, 3, 1)), (records[0].CustomerReference, records[0].References.InvoiceNumber, records[0].References.BankId, records[0].BookingDate));
        Assert.Equal("5AB1", records[2].References.PaymentReference);
        Assert.Equal(2, diagnostics.Notices.Count);
        var rejection = Assert.Single(diagnostics.Rejections);
        Assert.Equal((7, (int?)13, "Transaction ID is empty"), (rejection.Line, rejection.Column, rejection.Reason));
    }

    [Fact]
    public void PayPal_AmbiguousDates_AreUnreadable()
    {
        var file = CsvFile("pp.csv", PayPalHeader, "03/01/2025,10:12:00,PST,Acme,Website Payment,Completed,USD,1.00,0.00,1.00,a@a.example,b@b.example,X1,,,");

        Assert.Throws<UnreadableFileException>(() => Parse<ParsedTransaction>(new PayPalActivityParser(Options), file));
    }
}
