using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion;

/// <summary>A later stage that acts on an import once it is complete (tagging its new rows, recomputing its periods).</summary>
internal interface IImportCompletedHandler
{
    Task OnImportCompletedAsync(ImportReport report, IReadOnlyList<LedgerTransaction> newTransactions, CancellationToken cancellationToken);
}
