using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification;

/// <summary>After each complete import (new rows, or a new customer master), the ledger is re-tagged.</summary>
internal sealed class TaggingOnImport(LedgerTagging tagging) : IImportCompletedHandler
{
    public async Task OnImportCompletedAsync(ImportReport report, IReadOnlyList<LedgerTransaction> newTransactions, CancellationToken cancellationToken)
    {
        if (newTransactions.Count > 0 || report.Customers > 0)
        {
            await tagging.RetagAsync(cancellationToken);
        }
    }
}
