using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion;

/// <summary>
/// A later stage that fills in an import's new rows before they are stored, so each row is written once, with its tags, rather
/// than stored bare and rewritten by a second pass over the ledger.
/// </summary>
internal interface IImportRowTagger
{
    /// <summary>The same rows, in the same order, with their tags; <paramref name="importedCustomers"/> is the customer master the same file brought, if any.</summary>
    Task<IReadOnlyList<LedgerTransaction>> TagAsync(
        IReadOnlyList<LedgerTransaction> rows, IReadOnlyList<CustomerRecord> importedCustomers, CancellationToken cancellationToken);
}
