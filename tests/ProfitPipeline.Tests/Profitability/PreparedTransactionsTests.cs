using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;

namespace ProfitPipeline.Tests.Profitability;

/// <summary>
/// De-duplication by merging ascending runs gives exactly what de-duplicating through a dictionary and sorting gives: the same
/// rows (the earliest source of each id, the first seen on a tie) in the same order, whatever runs the input is made of.
/// </summary>
public sealed class PreparedTransactionsTests
{
    private static LedgerTransaction Row(int id, int line, string file) =>
        TestLedger.Tx("T" + id.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), TransactionKind.BankDebit, "2026-01-05", -line) with
        {
            Source = new SourceLocation(TestLedger.Import, file, line),
        };

    /// <summary>Up to <paramref name="runs"/> ascending runs of ids drawn from a small range (so runs repeat each other's ids).</summary>
    private static Gen<List<LedgerTransaction>> Runs(int runs) =>
        from count in Gen.Choose(0, runs)
        from parts in Gen.ListOf(
            from ids in Gen.ListOf(Gen.Choose(0, 40))
            from line in Gen.Choose(1, 3)
            from file in Gen.Elements("a.csv", "b.csv")
            select ids.Distinct().Order().Select(id => Row(id, line, file)).ToList(),
            count)
        select parts.SelectMany(p => p).ToList();

    private static void AssertSameRows(IReadOnlyList<LedgerTransaction> expected, IReadOnlyList<LedgerTransaction> actual) =>
        Assert.Equal(expected.Select(t => (t.Id, t.Source)), actual.Select(t => (t.Id, t.Source)));

    [Fact]
    public void AFewAscendingRunsWithRepeatedIds_MergeKeepsWhatSortingKeeps() =>
        Prop.ForAll(Runs(20).ToArbitrary(), rows =>
        {
            AssertSameRows(PreparedTransactions.SortedUnique(rows), PreparedTransactions.Deduplicated(rows));
            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void RowsInAnyOrder_SameRowsAsSorting() =>
        Prop.ForAll(Runs(4).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (rows, seed) =>
        {
            var shuffled = rows.ToList();
            new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
            AssertSameRows(PreparedTransactions.SortedUnique(rows), PreparedTransactions.Deduplicated(shuffled));
            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void LedgerWithAnImportAppended_MergedInIdOrderWithoutDuplicates()
    {
        var ledger = Enumerable.Range(0, 10).Select(i => Row(i * 2, 1, "a.csv")).ToList();
        var import = new[] { Row(3, 1, "b.csv"), Row(4, 1, "0-earlier.csv"), Row(30, 1, "b.csv") };

        var prepared = PreparedTransactions.Deduplicated([.. ledger, .. import]);

        Assert.Equal(12, prepared.Count);
        Assert.Equal(prepared.Select(t => t.Id.Value).Order(StringComparer.Ordinal), prepared.Select(t => t.Id.Value));
        Assert.Equal("0-earlier.csv", prepared.Single(t => t.Id.Value == "T004").Source.FileName);
    }
}
