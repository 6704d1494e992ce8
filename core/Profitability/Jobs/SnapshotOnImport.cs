using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Profitability.Jobs;

/// <summary>
/// After an import, only the periods it can change are recomputed. It runs after tagging (<see cref="ImportFollowUpOrder"/>),
/// so the new rows carry their customer tags when the periods are computed.
/// </summary>
internal sealed class SnapshotOnImport(ProfitabilityRun run) : IImportCompletedHandler
{
    public int Order => ImportFollowUpOrder.Snapshots;

    public async Task OnImportCompletedAsync(ImportReport report, IReadOnlyList<LedgerTransaction> newTransactions, CancellationToken cancellationToken)
    {
        if (newTransactions.Count > 0)
        {
            // Judged against the ledger: a payment can settle an earlier period's invoice, a bill can turn an old bank debit into its payment.
            await run.SnapshotAfterImportAsync(newTransactions, cancellationToken);
        }
        else if (report.Customers > 0)
        {
            // A new customer master changes segments everywhere.
            await run.SnapshotAsync(onlyPeriods: null, cancellationToken);
        }
    }
}
