using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.Options;
using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;
using static ProfitPipeline.Tests.Profitability.TestLedger;

namespace ProfitPipeline.Tests.Profitability;

/// <summary>Laws of the engine, checked by FsCheck over generated ledgers.</summary>
public sealed class AllocationPropertyTests
{
    private static readonly AllocationDriver[] Drivers = Enum.GetValues<AllocationDriver>();

    /// <summary>A random small ledger: invoices, credit notes, tagged and untagged costs, receipts, over five customers and three months.</summary>
    private static Gen<List<LedgerTransaction>> Ledger() =>
        Gen.ListOf(
            from kind in Gen.Elements(TransactionKind.Invoice, TransactionKind.CreditNote, TransactionKind.Bill, TransactionKind.Expense, TransactionKind.BankDebit, TransactionKind.BankCredit)
            from customer in Gen.Elements("C1", "C2", "C3", "C4", "C5", null)
            from cents in Gen.Choose(1, 500_000)
            from day in Gen.Choose(0, 89)
            from category in Gen.Elements("rent", "software", "contractors", "payroll")
            select (kind, customer, cents, day, category))
        .Select(rows => rows.Select((r, i) =>
        {
            var sign = r.kind is TransactionKind.Invoice or TransactionKind.BankCredit ? 1m : -1m;
            var date = new DateOnly(2026, 1, 1).AddDays(r.day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return Tx($"T{i:D4}", r.kind, date, sign * r.cents / 100m, invoiceNumber: $"N{i}", customerRef: r.customer, category: r.category);
        }).ToList());

    private static List<CustomerRecord> Customers() =>
        new[] { "C1", "C2", "C3", "C4", "C5" }.Select((id, i) => Customer(id, ("size", i % 2 == 0 ? "small" : "large"))).ToList();

    private static ProfitabilityResult Compute(IReadOnlyList<LedgerTransaction> ledger, ProfitabilityOptions options) =>
        new ProfitabilityService(Options.Create(options)).Compute(ledger, Customers(), Day("2026-03-31"));

    private static string Fingerprint(ProfitabilityResult result) => string.Join("\n", result.Snapshots.Select(s =>
        $"{s.Period}|{s.Dimension}|{s.Member}|{s.Revenue}|{s.DirectCost}|{s.AllocatedOverhead}|{s.Payments}|{s.CostToServe}|{s.TransactionDigest}|{s.Trend}"))
        + string.Join("\n", result.Flags.Select(f => $"{f.Kind}{f.Period}{f.Member}{f.Value}{string.Join(',', f.DrivingTransactions)}"))
        + string.Join("\n", result.Unmatched.Select(u => $"{u.Id}{u.Reason}"));

    [Fact]
    public void AnyDriverAnyLedger_AllocationsSumToTheAllocatedTotalToTheCent()
    {
        Prop.ForAll(Ledger().ToArbitrary(), Gen.Elements(Drivers).ToArbitrary(), Gen.Choose(0, 150).ToArbitrary(), (ledger, driver, c1Percent) =>
        {
            var options = new ProfitabilityOptions { OverheadDriver = driver };
            options.FixedAllocation["C1"] = c1Percent / 3m;
            options.FixedAllocation["C3"] = 25m;
            var result = Compute(ledger, options);
            foreach (var overhead in result.Overheads.Where(o => o.Dimension == Dimensions.Customer))
            {
                var rows = result.Rows(Dimensions.Customer).Where(r => r.Period == overhead.Period).ToList();
                var allocated = rows.Sum(r => r.AllocatedOverhead.Amount);
                var cents = Math.Round(overhead.Total.Amount, 2, MidpointRounding.AwayFromZero);
                if (allocated != overhead.Allocated.Amount || overhead.Allocated.Amount + overhead.Unallocated.Amount != cents
                    || rows.Any(r => r.AllocatedOverhead.Amount != Math.Round(r.AllocatedOverhead.Amount, 2)))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnyDriverAnyWeights_AllocatorSharesSumExactly()
    {
        var weights = Gen.ListOf(Gen.Choose(0, 10_000)).Select(ws => ws.Select((w, i) => ($"M{i:D2}", (decimal)w)).ToDictionary(p => p.Item1, p => p.Item2));
        Prop.ForAll(Gen.Choose(-10_000_000, 10_000_000).ToArbitrary(), weights.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (cents, w, percentages) =>
        {
            var allocation = OverheadAllocator.Allocate(cents / 100m, w, percentages);
            return allocation.Shares.Values.Sum() == allocation.Allocated && allocation.Allocated + allocation.Unallocated == cents / 100m;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ShuffledRows_GiveTheSameResult()
    {
        Prop.ForAll(Ledger().ToArbitrary(), Gen.Elements(Drivers).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (ledger, driver, seed) =>
        {
            var options = new ProfitabilityOptions { OverheadDriver = driver };
            var shuffled = ledger.OrderBy(_ => new Random(seed).Next()).ToList();
            new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
            return Fingerprint(Compute(ledger, options)) == Fingerprint(Compute(shuffled, options));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void SameTransactionsTwice_GiveTheSameResultAsOnce()
    {
        Prop.ForAll(Ledger().ToArbitrary(), Gen.Elements(Drivers).ToArbitrary(), (ledger, driver) =>
        {
            var options = new ProfitabilityOptions { OverheadDriver = driver };
            var twice = ledger.Concat(ledger.Select(t => t with { Source = t.Source with { FileName = "again.csv" } })).Reverse().ToList();
            return Fingerprint(Compute(ledger, options)) == Fingerprint(Compute(twice, options));
        }).QuickCheckThrowOnFailure();
    }
}
