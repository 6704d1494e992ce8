using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Profitability;

/// <summary>One computation over the ledger as it is now: every complete import's transactions and the customer master, as of today (UTC).</summary>
internal sealed class ProfitabilityRun(
    ProfitabilityService profitability,
    TransactionStore transactions,
    ImportStore imports,
    CustomerStore customers,
    SnapshotStore snapshots,
    TimeProvider time)
{
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<ProfitabilityResult> ComputeAsync(IReadOnlySet<Period>? onlyPeriods, CancellationToken cancellationToken)
    {
        var (ledger, master) = await ReadAsync(cancellationToken);
        return profitability.Compute(ledger, master, Today, onlyPeriods: onlyPeriods);
    }

    /// <summary>Computes and stores snapshots: unchanged figures write nothing, changed ones a new version and a restatement.</summary>
    public async Task<SnapshotRunSummary> SnapshotAsync(IReadOnlySet<Period>? onlyPeriods, CancellationToken cancellationToken) =>
        await StoreAsync(await ComputeAsync(onlyPeriods, cancellationToken), cancellationToken);

    /// <summary>
    /// After an import: reads the ledger (which holds <paramref name="imported"/> once the import is complete) and the master once,
    /// judges the periods the import can change against that ledger, and computes and stores only those.
    /// </summary>
    public async Task<SnapshotRunSummary> SnapshotAfterImportAsync(IReadOnlyList<LedgerTransaction> imported, CancellationToken cancellationToken)
    {
        var (ledger, master) = await ReadAsync(cancellationToken);
        var today = Today;
        var affected = profitability.AffectedPeriods(AsStored(imported, ledger), ledger, master, today);
        return await StoreAsync(profitability.Compute(ledger, master, today, onlyPeriods: affected), cancellationToken);
    }

    /// <summary>The imported rows as the ledger holds them (with the tags set since), those it lacks as given.</summary>
    private static List<LedgerTransaction> AsStored(IReadOnlyList<LedgerTransaction> imported, IReadOnlyList<LedgerTransaction> ledger)
    {
        var ids = imported.Select(t => t.Id).ToHashSet();
        var stored = ledger.Where(t => ids.Contains(t.Id)).ToList();
        ids.ExceptWith(stored.Select(t => t.Id));
        stored.AddRange(imported.Where(t => ids.Contains(t.Id)));
        return stored;
    }

    private async Task<(IReadOnlyList<LedgerTransaction> Ledger, IReadOnlyList<CustomerRecord> Master)> ReadAsync(CancellationToken cancellationToken)
    {
        var ledger = await transactions.ReadAsync(await imports.CompleteImportIdsAsync(cancellationToken), cancellationToken);
        var master = await customers.ReadAllAsync(cancellationToken);
        return (ledger, master);
    }

    private async Task<SnapshotRunSummary> StoreAsync(ProfitabilityResult result, CancellationToken cancellationToken)
    {
        var written = await snapshots.WriteAsync(result.Snapshots, cancellationToken);
        return new SnapshotRunSummary(
            result.AsOf,
            result.Periods.Select(p => p.Key).ToList(),
            result.Snapshots.Count,
            written.Written,
            written.Restated,
            written.Unchanged,
            result.Flags.Count);
    }
}
