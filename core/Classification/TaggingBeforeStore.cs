using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification;

/// <summary>An import's new rows are tagged before they are stored, so they are written once, with their tags.</summary>
internal sealed class TaggingBeforeStore(LedgerTagging tagging) : IImportRowTagger
{
    public Task<IReadOnlyList<LedgerTransaction>> TagAsync(
        IReadOnlyList<LedgerTransaction> rows, IReadOnlyList<CustomerRecord> importedCustomers, CancellationToken cancellationToken) =>
        tagging.TagNewAsync(rows, importedCustomers, cancellationToken);
}
