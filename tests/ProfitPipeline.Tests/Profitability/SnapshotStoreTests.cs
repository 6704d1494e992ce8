using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Profitability;
using ProfitPipeline.Tests.Azurite;
using static ProfitPipeline.Tests.Profitability.TestLedger;

namespace ProfitPipeline.Tests.Profitability;

public sealed class SnapshotStoreTests(AzuriteFixture azurite)
{
    private static readonly Period Jan = Period.Parse("2026-01");

    private static ProfitabilityResult Compute(PipelineScope scope, IReadOnlyList<LedgerTransaction> ledger) =>
        scope.Get<ProfitabilityService>().Compute(ledger, WorkedExampleTests.Customers(), Day("2026-02-28"), WorkedExampleTests.Options());

    [Fact]
    public async Task SameFiguresTwice_WritesNoNewVersion()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var store = scope.Get<SnapshotStore>();
        var snapshots = Compute(scope, WorkedExampleTests.Transactions()).Snapshots;

        var first = await store.WriteAsync(snapshots, ct);
        var second = await store.WriteAsync(snapshots, ct);

        Assert.Equal((snapshots.Count, 0, 0), (first.Written, first.Restated, first.Unchanged));
        Assert.Equal((0, 0, snapshots.Count), (second.Written, second.Restated, second.Unchanged));
        var stored = await store.ReadLatestAsync(Jan, Dimensions.Customer, ct);
        Assert.All(stored, s => Assert.Equal(1, s.Version));
        var c1 = Assert.Single(stored, s => s.Snapshot.Member == "C1").Snapshot;
        var computed = snapshots.Single(s => s.Period == Jan && s.Dimension == Dimensions.Customer && s.Member == "C1");
        Assert.Equal((computed.Revenue, computed.FullyLoadedMargin, computed.Payments, computed.TransactionDigest), (c1.Revenue, c1.FullyLoadedMargin, c1.Payments, c1.TransactionDigest));
        Assert.Equal(computed.Contributions, c1.Contributions);
    }

    [Fact]
    public async Task ChangedFigures_WriteVersionTwoAndARestatementNamingTheTransactions()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var store = scope.Get<SnapshotStore>();
        var ledger = WorkedExampleTests.Transactions();
        await store.WriteAsync(Compute(scope, ledger).Snapshots, ct);

        // A late import: a new C1 expense in January, and the software expense re-tagged from overhead to C1.
        var changed = ledger.Select(t => t.Id.Value == "SW-1" ? t with { CustomerReference = "C1" } : t)
            .Append(Tx("E-9", TransactionKind.Expense, "2026-01-28", -50m, customerRef: "C1", category: "travel")).ToList();
        var summary = await store.WriteAsync(Compute(scope, changed).Snapshots, ct);

        Assert.True(summary.Restated > 0);
        var c1 = Assert.Single(await store.ReadLatestAsync(Jan, Dimensions.Customer, ct), s => s.Snapshot.Member == "C1");
        Assert.Equal(2, c1.Version);
        // C1's direct cost: 130 + 300 (SW-1 now C1's) + 50 (E-9) = 480.
        Assert.Equal(480m, c1.Snapshot.DirectCost.Amount);
        var restatement = Assert.Single(await store.ReadRestatementsAsync(Jan, Dimensions.Customer, ct), r => r.Member == "C1");
        Assert.Equal((1, 2, 130m, 480m, 350m), (restatement.FromVersion, restatement.ToVersion, restatement.DirectCostBefore.Amount, restatement.DirectCostAfter.Amount, restatement.DirectCostChange.Amount));
        Assert.Equal(["E-9", "SW-1"], Ids(restatement.Added));
        Assert.Empty(restatement.Removed);

        // In the category dimension SW-1 stays under "software" but moves from overhead to direct cost: a changed contribution.
        var software = Assert.Single(await store.ReadRestatementsAsync(Jan, Dimensions.Category, ct), r => r.Member == "software");
        Assert.Equal(["SW-1"], Ids(software.Changed));
    }

    [Fact]
    public async Task TwoWritersOfTheSameVersion_SecondGetsConcurrencyConflict()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var store = scope.Get<SnapshotStore>();
        var ledger = WorkedExampleTests.Transactions();
        await store.WriteAsync(Compute(scope, ledger).Snapshots, ct);
        var changed = Compute(scope, ledger.Append(Tx("E-9", TransactionKind.Expense, "2026-01-28", -50m, customerRef: "C1")).ToList())
            .Snapshots.Where(s => s.Period == Jan && s.Dimension == Dimensions.Customer).ToList();

        // Both writers read version 1 and plan version 2; the first to commit wins.
        var first = await store.PlanAsync(changed, ct);
        var second = await store.PlanAsync(changed, ct);
        await store.CommitAsync(first, ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(second, ct));
        var c1 = Assert.Single(await store.ReadLatestAsync(Jan, Dimensions.Customer, ct), s => s.Snapshot.Member == "C1");
        Assert.Equal(2, c1.Version);
    }

    [Fact]
    public async Task ManyContributions_AreStoredInChunksAndReadBack()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var store = scope.Get<SnapshotStore>();
        var ledger = Enumerable.Range(0, 1500)
            .Select(i => Tx($"TX-{i:D5}-with-a-long-identifier", TransactionKind.Expense, "2026-01-10", -1m, customerRef: "C1", category: "travel")).ToList();
        var snapshots = Compute(scope, ledger).Snapshots;

        await store.WriteAsync(snapshots, ct);

        var c1 = Assert.Single(await store.ReadLatestAsync(Jan, Dimensions.Customer, ct)).Snapshot;
        Assert.Equal(1500, c1.Contributions.Count);
        Assert.True(c1.ContributionsComplete);
        var again = await store.WriteAsync(snapshots, ct);
        Assert.Equal((0, snapshots.Count), (again.Written, again.Unchanged));
    }
}
