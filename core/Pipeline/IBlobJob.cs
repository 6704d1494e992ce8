namespace ProfitPipeline.Pipeline;

/// <summary>
/// A blob job of the catalog, registered as a keyed service under the job's name. Deterministic failures are handled inside
/// (a bad file goes to quarantine); only transient failures throw, so the host retries.
/// </summary>
public interface IBlobJob
{
    Task RunAsync(string blobName, CancellationToken cancellationToken);
}
