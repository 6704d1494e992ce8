using Microsoft.Extensions.Options;
using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reconciliation;
using static ProfitPipeline.Tests.Profitability.TestLedger;

namespace ProfitPipeline.Tests.Profitability;

/// <summary>
/// A small company, every figure derived by hand below. Customers: C1, C2 (industry Retail), C3, C4 (industry Software).
/// Months January and February 2026, as of 2026-02-28, accrual basis, overhead by revenue share, EUR, no tax on any document.
///
/// January rows: INV-1 C1 1,000 (issued 01-05, due 02-04); INV-2 C2 2,000 (01-10, due 01-24, project P-BOLT); INV-3 C3 3,000
/// (01-12, due 02-11); INV-4 C4 500 (01-20, due 02-19); bill B-1 contractors −1,200 for C3 (customer reference); expense E-1
/// travel −100, customer tag C1 set by a person; rent −900 and software −300 with no customer (overhead); processor payment
/// PAY-1 1,000 naming INV-1 with a fee of −30 (C1's cost); bank credit BC-1 2,000 tagged C2, no reference (amount match to INV-2).
///
/// February rows: INV-5 C1 1,500 (02-02, due 02-16); credit note CN-1 −600 for C3 naming INV-3; bank credit BC-2 2,400 "Payment
/// INV-3"; bank credit BC-3 200 tagged C4 naming INV-4 (partial); bill B-2 −400 project P-BOLT (so C2's: P-BOLT's invoices go to
/// C2 only); rent −900; payroll −1,000; INV-6 C2 800 (02-14, due 02-28, project P-BOLT); PAY-2 1,500 naming INV-5, fee −45;
/// bank credit BC-4 999 with no customer and no reference; bank fee F-1 −15 with no customer.
/// </summary>
public sealed class WorkedExampleTests
{
    private static readonly Period Jan = Period.Parse("2026-01");
    private static readonly Period Feb = Period.Parse("2026-02");

    internal static List<LedgerTransaction> Transactions() =>
    [
        Tx("INV-1", TransactionKind.Invoice, "2026-01-05", 1000m, invoiceNumber: "INV-1", customerRef: "C1", due: "2026-02-04"),
        Tx("INV-2", TransactionKind.Invoice, "2026-01-10", 2000m, invoiceNumber: "INV-2", customerRef: "C2", due: "2026-01-24", project: "P-BOLT"),
        Tx("INV-3", TransactionKind.Invoice, "2026-01-12", 3000m, invoiceNumber: "INV-3", customerRef: "C3", due: "2026-02-11"),
        Tx("INV-4", TransactionKind.Invoice, "2026-01-20", 500m, invoiceNumber: "INV-4", customerRef: "C4", due: "2026-02-19"),
        Tx("B-1", TransactionKind.Bill, "2026-01-15", -1200m, invoiceNumber: "SUP-77", customerRef: "C3", category: "contractors"),
        Tx("E-1", TransactionKind.Expense, "2026-01-18", -100m, customerTag: "C1", tagSource: TagSource.Human, category: "travel"),
        Tx("RENT-1", TransactionKind.BankDebit, "2026-01-01", -900m, category: "rent"),
        Tx("SW-1", TransactionKind.Expense, "2026-01-03", -300m, category: "software"),
        Tx("PAY-1", TransactionKind.Payment, "2026-01-25", 1000m, invoiceNumber: "INV-1", fee: -30m),
        Tx("BC-1", TransactionKind.BankCredit, "2026-01-31", 2000m, customerTag: "C2", description: "Bolt Ltd"),
        Tx("INV-5", TransactionKind.Invoice, "2026-02-02", 1500m, invoiceNumber: "INV-5", customerRef: "C1", due: "2026-02-16"),
        Tx("CN-1", TransactionKind.CreditNote, "2026-02-05", -600m, invoiceNumber: "CN-1", paymentReference: "INV-3", customerRef: "C3"),
        Tx("BC-2", TransactionKind.BankCredit, "2026-02-20", 2400m, description: "Payment INV-3 thank you"),
        Tx("BC-3", TransactionKind.BankCredit, "2026-02-10", 200m, invoiceNumber: "INV-4", customerTag: "C4"),
        Tx("B-2", TransactionKind.Bill, "2026-02-08", -400m, invoiceNumber: "SUP-80", project: "P-BOLT", category: "contractors"),
        Tx("RENT-2", TransactionKind.BankDebit, "2026-02-01", -900m, category: "rent"),
        Tx("PAYROLL-2", TransactionKind.BankDebit, "2026-02-25", -1000m, category: "payroll"),
        Tx("INV-6", TransactionKind.Invoice, "2026-02-14", 800m, invoiceNumber: "INV-6", customerRef: "C2", due: "2026-02-28", project: "P-BOLT"),
        Tx("PAY-2", TransactionKind.Payment, "2026-02-26", 1500m, invoiceNumber: "INV-5", fee: -45m),
        Tx("BC-4", TransactionKind.BankCredit, "2026-02-27", 999m, description: "Transfer"),
        Tx("F-1", TransactionKind.Fee, "2026-02-28", -15m, category: "bank-fees"),
    ];

    internal static List<CustomerRecord> Customers() =>
    [
        Customer("C1", ("Industry", "Retail")),
        Customer("C2", ("Industry", "Retail")),
        Customer("C3", ("Industry", "Software")),
        Customer("C4", ("Industry", "Software")),
    ];

    internal static ProfitabilityOptions Options() => new()
    {
        CostToServe = new CostToServeOptions { CostPerCreditNote = 25m, CostPerManualRetag = 5m },
    };

    private static ProfitabilityResult Compute() =>
        new ProfitabilityService(Microsoft.Extensions.Options.Options.Create(Options())).Compute(Transactions(), Customers(), Day("2026-02-28"));

    private static ProfitabilitySnapshot Row(ProfitabilityResult result, Period period, string dimension, string member) =>
        result.Find(period, dimension, member) ?? throw new Xunit.Sdk.XunitException($"no row {period} {dimension} {member}");

    private static void AssertRow(ProfitabilitySnapshot row, decimal revenue, decimal directCost, decimal contribution, decimal overhead, decimal fullyLoaded)
    {
        Assert.Equal(revenue, row.Revenue.Amount);
        Assert.Equal(directCost, row.DirectCost.Amount);
        Assert.Equal(contribution, row.ContributionMargin.Amount);
        Assert.Equal(overhead, row.AllocatedOverhead.Amount);
        Assert.Equal(fullyLoaded, row.FullyLoadedMargin.Amount);
    }

    [Fact]
    public void January_CustomerFigures_MatchHandDerivation()
    {
        var result = Compute();

        // Revenue: C1 1,000; C2 2,000; C3 3,000; C4 500 (total 6,500).
        // Direct cost: C1 = travel 100 + PAY-1's fee 30 = 130; C3 = contractor 1,200; C2, C4 none.
        // Overhead = rent 900 + software 300 = 1,200.00 = 120,000 cents, shared by revenue:
        //   C1 120000×1000/6500 = 18461.54  C2 ×2000/6500 = 36923.08  C3 ×3000/6500 = 55384.62  C4 ×500/6500 = 9230.77
        //   floors 18461+36923+55384+9230 = 119,998; the 2 cents left go to the largest remainders: C4 (.77), C3 (.62).
        //   => C1 184.61, C2 369.23, C3 553.85, C4 92.31 (sum 1,200.00).
        AssertRow(Row(result, Jan, Dimensions.Customer, "C1"), 1000m, 130m, 870m, 184.61m, 685.39m);
        AssertRow(Row(result, Jan, Dimensions.Customer, "C2"), 2000m, 0m, 2000m, 369.23m, 1630.77m);
        AssertRow(Row(result, Jan, Dimensions.Customer, "C3"), 3000m, 1200m, 1800m, 553.85m, 1246.15m);
        AssertRow(Row(result, Jan, Dimensions.Customer, "C4"), 500m, 0m, 500m, 92.31m, 407.69m);

        // Margins in % of revenue: C1 870/1000 = 87.00, 685.39/1000 = 68.539 -> 68.54; C3 1800/3000 = 60.00, 1246.15/3000 = 41.538 -> 41.54.
        Assert.Equal(87.00m, Row(result, Jan, Dimensions.Customer, "C1").ContributionMarginPercent);
        Assert.Equal(68.54m, Row(result, Jan, Dimensions.Customer, "C1").FullyLoadedMarginPercent);
        Assert.Equal(60.00m, Row(result, Jan, Dimensions.Customer, "C3").ContributionMarginPercent);
        Assert.Equal(41.54m, Row(result, Jan, Dimensions.Customer, "C3").FullyLoadedMarginPercent);

        // Total: 6,500 − 1,330 = 5,170; minus all 1,200 overhead = 3,970.
        AssertRow(Row(result, Jan, Dimensions.Total, Dimensions.AllMember), 6500m, 1330m, 5170m, 1200m, 3970m);
        var overhead = Assert.Single(result.Overheads, o => o.Period == Jan && o.Dimension == Dimensions.Customer);
        Assert.Equal(1200m, overhead.Allocated.Amount);
        Assert.Equal(0m, overhead.Unallocated.Amount);
        Assert.Equal(900m, overhead.ByCategory["rent"].Amount);
        Assert.Equal(300m, overhead.ByCategory["software"].Amount);

        // C1's January transactions: INV-1 (revenue), E-1 (cost), PAY-1 (its fee).
        Assert.Equal(["E-1", "INV-1", "PAY-1"], Ids(Row(result, Jan, Dimensions.Customer, "C1").Contributions.Select(c => c.Id)));
    }

    [Fact]
    public void January_SegmentsAndDaysLate_MatchHandDerivation()
    {
        var result = Compute();

        // Retail = C1 + C2: revenue 3,000, direct 130, contribution 2,870, overhead 184.61 + 369.23 = 553.84, fully loaded 2,316.16.
        // Software = C3 + C4: 3,500, 1,200, 2,300, 553.85 + 92.31 = 646.16, 1,653.84.
        AssertRow(Row(result, Jan, "industry", "Retail"), 3000m, 130m, 2870m, 553.84m, 2316.16m);
        AssertRow(Row(result, Jan, "industry", "Software"), 3500m, 1200m, 2300m, 646.16m, 1653.84m);

        // Paid in January: INV-1 on 01-25 (PAY-1 names it): 20 days to pay, due 02-04 so 0 days late.
        // INV-2 on 01-31 (BC-1: C2's only open invoice of 2,000): 21 days to pay, due 01-24 so 7 days late.
        Assert.Equal(new PaymentStats(1, 20m, 0m, 0, 1m), Row(result, Jan, Dimensions.Customer, "C1").Payments);
        Assert.Equal(new PaymentStats(1, 21m, 7m, 7, 0m), Row(result, Jan, Dimensions.Customer, "C2").Payments);

        // Retail pools both: days to pay (20+21)/2 = 20.5; days late (0+7)/2 = 3.5; p90 nearest rank ceil(0.9×2) = 2nd of [0, 7] = 7;
        // on time 1 of 2 = 0.5. Software paid nothing in January.
        Assert.Equal(new PaymentStats(2, 20.5m, 3.5m, 7, 0.5m), Row(result, Jan, "industry", "Retail").Payments);
        Assert.Equal(PaymentStats.None, Row(result, Jan, "industry", "Software").Payments);

        // E-1's customer tag was set by a person: one manual re-tag for C1, costed at 5.
        Assert.Equal(1, Row(result, Jan, Dimensions.Customer, "C1").CostToServe.ManualRetags);
        Assert.Equal(5m, Row(result, Jan, Dimensions.Customer, "C1").CostToServe.EstimatedCost.Amount);
    }

    [Fact]
    public void February_CustomerAndSegmentFigures_MatchHandDerivation()
    {
        var result = Compute();

        // Revenue: C1 INV-5 1,500; C2 INV-6 800; C3 credit note −600 (total 1,700). Direct: C1 PAY-2's fee 45; C2 bill B-2 400.
        // Overhead = rent 900 + payroll 1,000 + bank fee 15 = 1,915.00 = 191,500 cents; revenue weights C1 1,500, C2 800, C3 0:
        //   C1 191500×1500/2300 = 124891.30, C2 ×800/2300 = 66608.70; floors 191,499, 1 cent left to C2 (.70 > .30).
        //   => C1 1,248.91, C2 666.09, C3 0.
        AssertRow(Row(result, Feb, Dimensions.Customer, "C1"), 1500m, 45m, 1455m, 1248.91m, 206.09m);
        AssertRow(Row(result, Feb, Dimensions.Customer, "C2"), 800m, 400m, 400m, 666.09m, -266.09m);
        AssertRow(Row(result, Feb, Dimensions.Customer, "C3"), -600m, 0m, -600m, 0m, -600m);
        Assert.Null(result.Find(Feb, Dimensions.Customer, "C4"));

        // C2: 400/800 = 50.00 %, −266.09/800 = −33.26 %; C3 has no positive revenue, so no percentages.
        Assert.Equal(50.00m, Row(result, Feb, Dimensions.Customer, "C2").ContributionMarginPercent);
        Assert.Equal(-33.26m, Row(result, Feb, Dimensions.Customer, "C2").FullyLoadedMarginPercent);
        Assert.Null(Row(result, Feb, Dimensions.Customer, "C3").ContributionMarginPercent);

        // Segments: Retail 2,300 / 445 / 1,855 / 1,915.00 / −60.00; Software (C3 only) −600 / 0 / −600 / 0 / −600.
        AssertRow(Row(result, Feb, "industry", "Retail"), 2300m, 445m, 1855m, 1915m, -60m);
        AssertRow(Row(result, Feb, "industry", "Software"), -600m, 0m, -600m, 0m, -600m);
        AssertRow(Row(result, Feb, Dimensions.Total, Dimensions.AllMember), 1700m, 445m, 1255m, 1915m, -660m);

        // Paid in February: INV-5 on 02-26 (24 days, due 02-16: 10 late); INV-3 on 02-20 after CN-1 cut it to 2,400
        // (39 days from 01-12, due 02-11: 9 late). Retail = INV-5 only; Software = INV-3 only.
        Assert.Equal(new PaymentStats(1, 24m, 10m, 10, 0m), Row(result, Feb, "industry", "Retail").Payments);
        Assert.Equal(new PaymentStats(1, 39m, 9m, 9, 0m), Row(result, Feb, "industry", "Software").Payments);

        // CN-1 is one credit note for C3, costed at 25.
        Assert.Equal(1, Row(result, Feb, Dimensions.Customer, "C3").CostToServe.CreditNotes);
        Assert.Equal(25m, Row(result, Feb, Dimensions.Customer, "C3").CostToServe.EstimatedCost.Amount);
    }

    [Fact]
    public void PaymentBehaviourAndReconciliation_MatchHandDerivation()
    {
        var result = Compute();
        var behaviour = result.PaymentBehaviour.ToDictionary(b => b.Customer.Value);

        // C1 paid INV-1 0 and INV-5 10 days late: average 5, p90 = 2nd of [0, 10] = 10, on time 1 of 2; Jan 0 -> Feb 10: slowing.
        Assert.Equal(new PaymentStats(2, 22m, 5m, 10, 0.5m), behaviour["C1"].Paid);
        Assert.Equal(PaymentTrend.Slowing, behaviour["C1"].Trend);

        // C2: INV-6 (800, due 02-28) is open but not overdue on 02-28.
        Assert.Equal(800m, behaviour["C2"].Outstanding.Amount);
        Assert.Equal(0m, behaviour["C2"].Overdue.Amount);

        // C4: INV-4 500 − BC-3 200 = 300 outstanding, overdue since 02-19: 9 days late as of 02-28.
        Assert.Equal(300m, behaviour["C4"].Outstanding.Amount);
        Assert.Equal(300m, behaviour["C4"].Overdue.Amount);
        var inv4 = Assert.Single(result.Reconciliation.Invoices, i => i.InvoiceId.Value == "INV-4");
        Assert.Equal((SettlementStatus.Open, 9, 200m), (inv4.Status, inv4.DaysLate, inv4.Paid.Amount));

        // BC-4 has neither a reference nor a customer: listed, not guessed.
        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal(("BC-4", UnmatchedReason.NoCustomer), (unmatched.Id.Value, unmatched.Reason));
    }

    [Fact]
    public void Flags_NameTheTransactionsBehindThem()
    {
        var flags = Compute().Flags.Select(f => (f.Kind, f.Period.Key, f.Member, Ids: string.Join(",", f.DrivingTransactions.Select(i => i.Value)))).ToList();

        // January: C3 has 3,000 of 6,500 = 46.15 % > 40 %. February: C1 has 1,500 of 2,300 = 65.22 %.
        // C2's contribution margin fell from 100 % to 50 % (B-2), and its fully-loaded margin from 1,630.77 to −266.09 (B-2).
        // C3 turned unprofitable through CN-1. C1's average days late rose from 0 to 10 (> 7): INV-5 paid by PAY-2.
        Assert.Equal(
            [
                (FlagKind.RevenueConcentration, "2026-01", "C3", "INV-3"),
                (FlagKind.SlowingPayment, "2026-02", "C1", "INV-5,PAY-2"),
                (FlagKind.MarginDrop, "2026-02", "C2", "B-2"),
                (FlagKind.TurnedUnprofitable, "2026-02", "C2", "B-2"),
                (FlagKind.TurnedUnprofitable, "2026-02", "C3", "CN-1"),
                (FlagKind.RevenueConcentration, "2026-02", "C1", "INV-5"),
            ],
            flags.OrderBy(f => f.Key, StringComparer.Ordinal).ThenBy(f => f.Kind == FlagKind.RevenueConcentration).ThenBy(f => f.Member, StringComparer.Ordinal).ThenBy(f => f.Kind));
    }
}
