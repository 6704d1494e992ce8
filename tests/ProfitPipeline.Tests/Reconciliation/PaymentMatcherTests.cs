using System.Globalization;
using ProfitPipeline.Ledger;
using ProfitPipeline.Reconciliation;
using static ProfitPipeline.Tests.Profitability.TestLedger;

namespace ProfitPipeline.Tests.Reconciliation;

public sealed class PaymentMatcherTests
{
    private static readonly CustomerResolver Customers = new([Customer("C1"), Customer("C2")]);

    private static ReconciliationResult Match(params LedgerTransaction[] rows) =>
        new PaymentMatcher(new ReconciliationOptions()).Match(rows, Customers, Day("2026-03-31"));

    private static InvoiceSettlement Invoice(ReconciliationResult result, string id) => Assert.Single(result.Invoices, i => i.InvoiceId.Value == id);

    [Fact]
    public void PartialPayments_PaidDateIsWhenTheLastOneArrives()
    {
        var result = Match(
            Tx("I1", TransactionKind.Invoice, "2026-01-01", 1000m, invoiceNumber: "INV-1", customerRef: "C1", due: "2026-01-31"),
            Tx("P1", TransactionKind.BankCredit, "2026-01-20", 400m, description: "part payment inv-1"),
            Tx("P2", TransactionKind.BankCredit, "2026-02-10", 600m, paymentReference: "INV-1"));

        var invoice = Invoice(result, "I1");
        Assert.Equal((SettlementStatus.Paid, 1000m, 0m), (invoice.Status, invoice.Paid.Amount, invoice.Outstanding.Amount));
        Assert.Equal((Day("2026-02-10"), 40, 10), (invoice.PaidDate!.Value, invoice.DaysToPay!.Value, invoice.DaysLate));
        Assert.All(result.Allocations, a => Assert.Equal(MatchMethod.Reference, a.Method));
    }

    [Fact]
    public void ReceiptFromNoCustomer_IsLeftOutOfMatchingNotListedAsUnmatched()
    {
        var result = Match(
            Tx("I1", TransactionKind.Invoice, "2026-01-01", 812.40m, invoiceNumber: "INV-1", customerRef: "C1"),
            Tx("P1", TransactionKind.BankCredit, "2026-01-05", 812.40m, description: "STRIPE PAYOUT po_1", customerTag: "", tagSource: TagSource.Match),
            Tx("P2", TransactionKind.BankCredit, "2026-01-06", 99m, description: "unknown payer"));

        Assert.Equal([("P1", 812.40m)], result.FromNoCustomer.Select(r => (r.Id.Value, r.Amount.Amount)));
        Assert.Equal([("P2", UnmatchedReason.NoCustomer)], result.Unmatched.Select(u => (u.Id.Value, u.Reason)));
        Assert.Equal(SettlementStatus.Open, Invoice(result, "I1").Status);
    }

    [Fact]
    public void OnePaymentForSeveralInvoices_ByListedNumbersOrBySumOfOpenInvoices()
    {
        var result = Match(
            Tx("I1", TransactionKind.Invoice, "2026-01-01", 100m, invoiceNumber: "INV-1", customerRef: "C1"),
            Tx("I2", TransactionKind.Invoice, "2026-01-02", 250m, invoiceNumber: "INV-2", customerRef: "C1"),
            Tx("I3", TransactionKind.Invoice, "2026-01-03", 70m, invoiceNumber: "INV-3", customerRef: "C2"),
            Tx("I4", TransactionKind.Invoice, "2026-01-04", 30m, invoiceNumber: "INV-4", customerRef: "C2"),
            Tx("P1", TransactionKind.BankCredit, "2026-01-20", 350m, description: "INV-1, INV-2"),
            Tx("P2", TransactionKind.BankCredit, "2026-01-21", 100m, customerTag: "C2"));

        Assert.Equal(
            [("P1", "I1", 100m, MatchMethod.Reference), ("P1", "I2", 250m, MatchMethod.Reference), ("P2", "I3", 70m, MatchMethod.SumOfOpenInvoices), ("P2", "I4", 30m, MatchMethod.SumOfOpenInvoices)],
            result.Allocations.Select(a => (a.PaymentId.Value, a.InvoiceId.Value, a.Amount.Amount, a.Method)));
        Assert.All(result.Invoices, i => Assert.Equal(SettlementStatus.Paid, i.Status));
    }

    [Fact]
    public void Overpayment_ResidualIsRecordedAndARefundRepaysItFirst()
    {
        var result = Match(
            Tx("I1", TransactionKind.Invoice, "2026-01-01", 500m, invoiceNumber: "INV-1", customerRef: "C1"),
            Tx("P1", TransactionKind.BankCredit, "2026-01-15", 550m, invoiceNumber: "INV-1"),
            Tx("R1", TransactionKind.BankDebit, "2026-01-20", -50m, description: "refund overpayment INV-1"));

        Assert.Equal([("P1", 50m), ("R1", -50m)], result.Overpayments.Select(o => (o.PaymentId.Value, o.Residual.Amount)));
        Assert.Equal("C1", result.Overpayments[0].Customer!.Value.Value);
        var invoice = Invoice(result, "I1");
        Assert.Equal((SettlementStatus.Paid, 500m), (invoice.Status, invoice.Paid.Amount));
    }

    [Fact]
    public void CreditNoteAndRefund_AreNettedToTheOriginalInvoice()
    {
        var result = Match(
            Tx("I1", TransactionKind.Invoice, "2026-01-01", 1000m, invoiceNumber: "INV-1", customerRef: "C1", due: "2026-01-31"),
            Tx("P1", TransactionKind.Payment, "2026-01-10", 1000m, invoiceNumber: "INV-1"),
            Tx("CN1", TransactionKind.CreditNote, "2026-01-12", -200m, invoiceNumber: "CN-1", paymentReference: "INV-1", customerRef: "C1"),
            Tx("R1", TransactionKind.Payment, "2026-01-14", -200m, description: "Refund CN-1"));

        var invoice = Invoice(result, "I1");
        Assert.Equal((200m, 800m, 0m, SettlementStatus.Paid), (invoice.Credited.Amount, invoice.Paid.Amount, invoice.Outstanding.Amount, invoice.Status));
        Assert.Equal(("CN1", "I1", 200m), (result.CreditNotes[0].CreditNoteId.Value, result.CreditNotes[0].InvoiceId.Value, result.CreditNotes[0].Amount.Amount));
        Assert.Contains(result.Allocations, a => a.PaymentId.Value == "R1" && a.Amount.Amount == -200m && a.InvoiceId.Value == "I1");
        Assert.Empty(result.Unmatched);
    }

    [Fact]
    public void RefundWithoutReference_FindsTheInvoiceThroughTheCustomersCreditNote()
    {
        var result = Match(
            Tx("I1", TransactionKind.Invoice, "2026-01-01", 300m, invoiceNumber: "INV-1", customerRef: "C2"),
            Tx("P1", TransactionKind.BankCredit, "2026-01-05", 300m, invoiceNumber: "INV-1"),
            Tx("CN1", TransactionKind.CreditNote, "2026-01-06", -300m, invoiceNumber: "CN-1", paymentReference: "INV-1"),
            Tx("R1", TransactionKind.Payment, "2026-01-07", -300m, customerTag: "C2"));

        var refund = Assert.Single(result.Allocations, a => a.PaymentId.Value == "R1");
        Assert.Equal(MatchMethod.CreditNote, refund.Method);
        Assert.Equal(0m, Invoice(result, "I1").Paid.Amount);
        Assert.Equal(SettlementStatus.Credited, Invoice(result, "I1").Status);
    }

    [Fact]
    public void ProcessorFees_AreCostsOfThePayingCustomerAndCountedOnce()
    {
        var result = Match(
            Tx("I1", TransactionKind.Invoice, "2026-01-01", 100m, invoiceNumber: "INV-1", customerRef: "C1"),
            Tx("CH1", TransactionKind.Payment, "2026-01-03", 100m, invoiceNumber: "INV-1", fee: -3.20m, bankId: "ch_1"),
            Tx("FEE1", TransactionKind.Fee, "2026-01-03", -3.20m, bankId: "ch_1"),
            Tx("I2", TransactionKind.Invoice, "2026-01-01", 50m, invoiceNumber: "INV-2", customerRef: "C2"),
            Tx("CH2", TransactionKind.Payment, "2026-01-04", 50m, invoiceNumber: "INV-2", endToEnd: "e2e-2"),
            Tx("FEE2", TransactionKind.Fee, "2026-01-04", -1.10m, endToEnd: "e2e-2"));

        Assert.Equal(
            [("CH1", "C1", -3.20m, false), ("FEE1", "C1", -3.20m, true), ("FEE2", "C2", -1.10m, false)],
            result.Fees.Select(f => (f.SourceId.Value, f.Customer!.Value.Value, f.Amount.Amount, f.AlreadyCountedOnPayment)));
    }

    [Fact]
    public void Unmatched_AreListedWithTheirReason()
    {
        var result = Match(
            Tx("I1", TransactionKind.Invoice, "2026-01-01", 100m, invoiceNumber: "INV-1", customerRef: "C1"),
            Tx("I2", TransactionKind.Invoice, "2026-01-02", 100m, invoiceNumber: "INV-2", customerRef: "C1"),
            Tx("I3", TransactionKind.Invoice, "2026-01-02", 400m, invoiceNumber: "INV-3", customerRef: "C2"),
            Tx("I4", TransactionKind.Invoice, "2026-01-02", 500m, invoiceNumber: "INV-4", customerRef: "C2"),
            Tx("P1", TransactionKind.BankCredit, "2026-01-10", 100m, customerTag: "C1"),
            Tx("P2", TransactionKind.BankCredit, "2026-01-10", 123m, customerTag: "C2"),
            Tx("P3", TransactionKind.BankCredit, "2026-01-10", 50m),
            Tx("P4", TransactionKind.BankCredit, "2026-04-10", 400m, customerTag: "C2"),
            Tx("CN9", TransactionKind.CreditNote, "2026-01-11", -20m, invoiceNumber: "CN-9", customerRef: "C1"));

        Assert.Equal(
            [
                ("P1", UnmatchedReason.AmbiguousCandidates, "I1,I2"),
                ("P2", UnmatchedReason.AmountMismatch, "I3,I4"),
                ("P3", UnmatchedReason.NoCustomer, ""),
                ("CN9", UnmatchedReason.CreditNoteWithoutInvoice, ""),
                ("P4", UnmatchedReason.NoCandidate, ""),
            ],
            result.Unmatched.Select(u => (u.Id.Value, u.Reason, string.Join(",", u.Candidates.Select(c => c.Value)))));
        Assert.Empty(result.Allocations);
    }

    // Receipts matched by amount are matched on two cores by customer; what they record must still come in the receipts' order.
    [Fact]
    public void ManyCustomersOverpayingWithinTolerance_OverpaymentsInReceiptOrder()
    {
        var ids = Enumerable.Range(1, 40).Select(i => i.ToString("D2", CultureInfo.InvariantCulture)).ToList();
        var customers = new CustomerResolver(ids.Select(i => Customer("C" + i)));
        var rows = ids.SelectMany(i => new[]
        {
            Tx("I" + i, TransactionKind.Invoice, "2026-01-01", 100m, invoiceNumber: "INV-" + i, customerRef: "C" + i),
            Tx("P" + i, TransactionKind.BankCredit, Day("2026-02-01").AddDays(int.Parse(i, CultureInfo.InvariantCulture) % 28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 100.01m, customerTag: "C" + i),
        }).ToList();

        var result = new PaymentMatcher(new ReconciliationOptions { AmountTolerance = 0.02m }).Match(rows, customers, Day("2026-03-31"));

        var receipts = rows.Where(r => r.Kind == TransactionKind.BankCredit).OrderBy(r => r.BookingDate).ThenBy(r => r.Id.Value, StringComparer.Ordinal);
        Assert.Equal(receipts.Select(r => r.Id), result.Overpayments.Select(o => o.PaymentId));
        Assert.All(result.Overpayments, o => Assert.Equal(0.01m, o.Residual.Amount));
        Assert.All(result.Allocations, a => Assert.Equal(MatchMethod.AmountAndCustomer, a.Method));
    }
}
