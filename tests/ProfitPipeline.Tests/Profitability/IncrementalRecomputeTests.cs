using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.Options;
using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;
using static ProfitPipeline.Tests.Profitability.TestLedger;

namespace ProfitPipeline.Tests.Profitability;

/// <summary>
/// After an import, recomputing only <see cref="ProfitabilityService.AffectedPeriods(IReadOnlyCollection{LedgerTransaction}, IReadOnlyList{LedgerTransaction}, IReadOnlyList{CustomerRecord}, DateOnly, ProfitabilityOptions?)"/>
/// gives those periods' snapshots exactly as a full recompute does, and every other period's stored figures are unchanged.
/// </summary>
public sealed class IncrementalRecomputeTests
{
    private static readonly ProfitabilityService Service = new(Options.Create(new ProfitabilityOptions()));

    /// <summary>The stored figures: everything but the trend, which is derived from neighbouring periods when read.</summary>
    private static Dictionary<(Period, string, string), string> Stored(ProfitabilityResult result) =>
        result.Snapshots.ToDictionary(s => (s.Period, s.Dimension, s.Member), s => JsonSerializer.Serialize(s with { Trend = null }));

    private static List<string> Rows(ProfitabilityResult result, Period period) =>
        result.Snapshots.Where(s => s.Period == period).Select(s => JsonSerializer.Serialize(s)).ToList();

    private static void AssertIncrementalMatchesFull(List<LedgerTransaction> existing, List<LedgerTransaction> import, List<CustomerRecord> customers, DateOnly asOf)
    {
        var before = Service.Compute(existing, customers, asOf);
        var after = Service.Compute([.. existing, .. import], customers, asOf);
        var affected = Service.AffectedPeriods(import, existing, customers, asOf);
        Assert.Equal(affected.Order(), Service.AffectedPeriods(import, [.. existing, .. import], customers, asOf).Order());
        Assert.Equal(Service.AffectedPeriods(import, existing, customers, asOf, options: null, wholeLedger: true).Order(), affected.Order());
        var incremental = Service.Compute([.. existing, .. import], customers, asOf, onlyPeriods: affected);

        Assert.Equal(after.Periods.Where(affected.Contains), incremental.Periods);
        foreach (var period in incremental.Periods)
        {
            Assert.Equal(Rows(after, period), Rows(incremental, period));
        }

        var storedBefore = Stored(before);
        var storedAfter = Stored(after);
        foreach (var period in after.Periods.Where(p => !affected.Contains(p)))
        {
            var keys = storedBefore.Keys.Concat(storedAfter.Keys).Where(k => k.Item1 == period).Distinct();
            Assert.All(keys, key => Assert.Equal(storedBefore.GetValueOrDefault(key), storedAfter.GetValueOrDefault(key)));
        }
    }

    /// <summary>
    /// The ledger split into rows already stored and an import of the sampled rows. An import brings only ids the ledger does
    /// not have (ingestion keeps one row per id), so every copy of a sampled row's id goes with the import: the generated
    /// ledger repeats some rows from a second file, and leaving one copy behind would make a row "existing" and "imported" at once.
    /// </summary>
    private static (List<LedgerTransaction> Existing, List<LedgerTransaction> Import) SplitById(List<LedgerTransaction> ledger, IEnumerable<LedgerTransaction> sampled)
    {
        var ids = sampled.Select(t => t.Id).ToHashSet();
        return ([.. ledger.Where(t => !ids.Contains(t.Id))], [.. ledger.Where(t => ids.Contains(t.Id))]);
    }

    [Fact]
    public void AnyLedgerAnyImport_OnlyAffectedPeriodsChange_AndRecomputeThemAsAFullRunDoes()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(1, 25).ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (seed, percent, shape) =>
        {
            var ledger = VariedLedger.Generate(seed, 400);
            var random = new Random(seed);

            // An import is a random sample, one kind of row, or one month of rows.
            var kinds = new[] { TransactionKind.Payment, TransactionKind.CreditNote, TransactionKind.Bill, TransactionKind.BankCredit };
            var month = VariedLedger.FirstDay.AddMonths(random.Next(5)).Month;
            var kind = kinds[random.Next(kinds.Length)];
            var sampled = ledger.Where(t => shape switch
            {
                0 => random.Next(100) < percent,
                1 => t.Kind == kind && random.Next(100) < percent * 4,
                2 => t.BookingDate.Month == month,
                _ => t.Kind == kind,
            });
            var (existing, import) = SplitById(ledger, sampled);
            AssertIncrementalMatchesFull(existing, import, VariedLedger.Customers(), VariedLedger.AsOf);
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnyLedgerFewRowImport_JudgingOnlyTheRowsItReaches_FindsWhatJudgingTheWholeLedgerFinds()
    {
        // Imports of one to three rows reach the fewest rows, so they test the scope hardest; each must also recompute as a full run.
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(1, 3).ToArbitrary(), (seed, count) =>
        {
            var ledger = VariedLedger.Generate(seed, 300);
            var random = new Random(seed);
            var (existing, import) = SplitById(ledger, Enumerable.Range(0, count).Select(_ => ledger[random.Next(ledger.Count)]));
            var customers = VariedLedger.Customers();
            var scoped = Service.AffectedPeriods(import, existing, customers, VariedLedger.AsOf);
            var whole = Service.AffectedPeriods(import, existing, customers, VariedLedger.AsOf, options: null, wholeLedger: true);
            Assert.Equal(whole.Order(), scoped.Order());
            AssertIncrementalMatchesFull(existing, import, customers, VariedLedger.AsOf);
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ImportBeforeTheLedgersFirstRow_AddsThePeriodsUpToIt()
    {
        List<LedgerTransaction> existing = [Tx("RENT-4", TransactionKind.BankDebit, "2026-04-01", -900m, category: "rent")];
        List<LedgerTransaction> import = [Tx("RENT-1", TransactionKind.BankDebit, "2026-01-01", -900m, category: "rent")];
        var customers = new List<CustomerRecord> { Customer("C1") };

        var affected = Service.AffectedPeriods(import, existing, customers, Day("2026-04-30"));

        Assert.All(["2026-01", "2026-02", "2026-03"], key => Assert.Contains(Period.Parse(key), affected));
        AssertIncrementalMatchesFull(existing, import, customers, Day("2026-04-30"));
    }

    [Fact]
    public void PaymentForAnOlderInvoice_RemovesItsFollowUpInTheNextPeriod()
    {
        // INV-1 is due 01-20; unpaid it is followed up on 02-03 (14 days overdue). A payment booked in January settles it.
        List<LedgerTransaction> existing =
        [
            Tx("INV-1", TransactionKind.Invoice, "2026-01-05", 1000m, invoiceNumber: "INV-1", customerRef: "C1", due: "2026-01-20"),
            Tx("RENT-2", TransactionKind.BankDebit, "2026-02-01", -900m, category: "rent"),
        ];
        List<LedgerTransaction> import = [Tx("PAY-1", TransactionKind.Payment, "2026-01-30", 1000m, invoiceNumber: "INV-1")];
        var customers = new List<CustomerRecord> { Customer("C1") };
        var asOf = Day("2026-02-28");

        var affected = Service.AffectedPeriods(import, existing, customers, asOf);

        Assert.DoesNotContain(Period.Parse("2026-02"), Service.AffectedPeriods(import));
        Assert.Contains(Period.Parse("2026-02"), affected);
        var before = Service.Compute(existing, customers, asOf).Find(Period.Parse("2026-02"), Dimensions.Customer, "C1");
        var after = Service.Compute([.. existing, .. import], customers, asOf).Find(Period.Parse("2026-02"), Dimensions.Customer, "C1");
        Assert.Equal(1, before?.CostToServe.OverdueFollowUps);
        Assert.NotEqual(before?.CostToServe.OverdueFollowUps, after?.CostToServe.OverdueFollowUps ?? 0);
        AssertIncrementalMatchesFull(existing, import, customers, asOf);
    }

    [Fact]
    public void BillAndProjectInvoice_ChangeCostsBookedInOtherPeriods()
    {
        // A March bill makes January's bank debit naming it its payment (not a cost); a March invoice of project P-9 makes
        // February's P-9 expense C2's direct cost.
        List<LedgerTransaction> existing =
        [
            Tx("DEBIT-1", TransactionKind.BankDebit, "2026-01-15", -500m, description: "Pay SUP-1", category: "contractors"),
            Tx("EXP-1", TransactionKind.Expense, "2026-02-10", -80m, project: "P-9", category: "travel"),
            Tx("INV-1", TransactionKind.Invoice, "2026-02-01", 700m, invoiceNumber: "INV-1", customerRef: "C2"),
        ];
        List<LedgerTransaction> import =
        [
            Tx("BILL-1", TransactionKind.Bill, "2026-03-02", -500m, invoiceNumber: "SUP-1", category: "contractors"),
            Tx("INV-2", TransactionKind.Invoice, "2026-03-05", 300m, invoiceNumber: "INV-2", customerRef: "C2", project: "P-9"),
        ];
        var customers = new List<CustomerRecord> { Customer("C2") };
        var asOf = Day("2026-03-31");

        var affected = Service.AffectedPeriods(import, existing, customers, asOf);

        var fromRowsAlone = Service.AffectedPeriods(import);
        Assert.All(["2026-01", "2026-02"], key => Assert.Contains(Period.Parse(key), affected));
        Assert.All(["2026-01", "2026-02"], key => Assert.DoesNotContain(Period.Parse(key), fromRowsAlone));
        AssertIncrementalMatchesFull(existing, import, customers, asOf);
    }
}
