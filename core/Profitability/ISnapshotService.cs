namespace ProfitPipeline.Profitability;

/// <summary>On-demand profitability work for <c>profit snapshot</c> and <c>profit reconcile</c>; the nightly job runs the same.</summary>
public interface ISnapshotService
{
    /// <summary>Snapshots every period, or only <paramref name="periodKey"/> (e.g. 2026-10, 2026-W44, 2026-Q3).</summary>
    Task<SnapshotRunSummary> SnapshotAsync(string? periodKey, CancellationToken cancellationToken);

    Task<ReconciliationSummary> ReconcileAsync(CancellationToken cancellationToken);
}
