using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion;

/// <summary>A later stage that acts on an import once it is complete (tagging its new rows, recomputing its periods).</summary>
internal interface IImportCompletedHandler
{
    /// <summary>Where this handler runs among the others, lowest first: the pipeline's stage order (see <see cref="ImportFollowUpOrder"/>).</summary>
    int Order { get; }

    Task OnImportCompletedAsync(ImportReport report, IReadOnlyList<LedgerTransaction> newTransactions, CancellationToken cancellationToken);
}

/// <summary>The order of the work after an import: rows are tagged before their periods are recomputed, and cached reports go last.</summary>
internal static class ImportFollowUpOrder
{
    public const int Tagging = 100;
    public const int Snapshots = 200;
    public const int Reports = 300;
}
