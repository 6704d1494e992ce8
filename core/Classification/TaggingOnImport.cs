using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification;

/// <summary>
/// After each complete import (new rows, or a new customer master), the ledger is re-tagged; while no model exists yet, the
/// import is also used to train the first one from the categories the business's own exports state.
/// </summary>
internal sealed class TaggingOnImport(LedgerTagging tagging, ModelRefresh refresh) : IImportCompletedHandler
{
    public int Order => ImportFollowUpOrder.Tagging;

    public async Task OnImportCompletedAsync(ImportReport report, IReadOnlyList<LedgerTransaction> newTransactions, CancellationToken cancellationToken)
    {
        if (newTransactions.Count > 0 || report.Customers > 0)
        {
            await tagging.RetagAsync(cancellationToken);
            await refresh.RunIfNoModelAsync(cancellationToken);
        }
    }
}
