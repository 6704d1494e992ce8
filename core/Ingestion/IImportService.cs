namespace ProfitPipeline.Ingestion;

/// <summary>
/// Ingests one file exactly once: detects its format from content, parses and normalises it, de-duplicates rows against
/// the ledger, stores them and reports. Called by the Functions blob trigger, <c>profit serve</c>'s watcher and <c>profit ingest</c>.
/// </summary>
public interface IImportService
{
    /// <summary>
    /// Returns the report; a deterministic problem with the file is a quarantined report, never an exception.
    /// Only transient failures (storage unavailable, another writer mid-import) throw.
    /// </summary>
    Task<ImportReport> IngestAsync(FileContent file, bool dryRun, CancellationToken cancellationToken);
}
