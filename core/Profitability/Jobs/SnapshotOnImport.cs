using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Profitability.Jobs;

/// <summary>
/// After an import, only the periods it can change are recomputed. It runs after tagging (<see cref="ImportFollowUpOrder"/>),
/// so the new rows carry their customer tags when the periods are computed.
/// </summary>
internal sealed class SnapshotOnImport(ProfitabilityRun run, ProfitabilityService profitability) : IImportCompletedHandler
{
    public int Order => ImportFollowUpOrder.Snapshots;

    public async Task OnImportCompletedAsync(ImportReport report, IReadOnlyList<LedgerTransaction> newTransactions, CancellationToken cancellationToken)
    {
        if (newTransactions.Count > 0)
        {
            await run.SnapshotAsync(profitability.AffectedPeriods(newTransactions), cancellationToken);
        }
        else if (report.Customers > 0)
        {
            // A new customer master changes segments everywhere.
            await run.SnapshotAsync(onlyPeriods: null, cancellationToken);
        }
    }
}
