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
        var ledger = await transactions.ReadAsync(await imports.CompleteImportIdsAsync(cancellationToken), cancellationToken);
        var master = await customers.ReadAllAsync(cancellationToken);
        return profitability.Compute(ledger, master, Today, onlyPeriods: onlyPeriods);
    }

    /// <summary>Computes and stores snapshots: unchanged figures write nothing, changed ones a new version and a restatement.</summary>
    public async Task<SnapshotRunSummary> SnapshotAsync(IReadOnlySet<Period>? onlyPeriods, CancellationToken cancellationToken)
    {
        var result = await ComputeAsync(onlyPeriods, cancellationToken);
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
