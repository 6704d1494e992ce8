using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Functions.Ingest;

/// <summary>Files dropped into the uploads container.</summary>
public sealed class IngestFunctions(PipelineJobRunner runner)
{
    /// <summary>
    /// Event Grid delivers BlobCreated, so there is no polling. The blob binds as a <see cref="BlobClient"/> so the host does not
    /// download it: core reads it itself. Bad files are quarantined in core without throwing; a transient failure throws, the host
    /// retries, and after <c>poisonBlobThreshold</c> tries (host.json) the blob goes to the poison queue.
    /// </summary>
    [Function(PipelineCatalog.Names.IngestUpload)]
    public Task IngestUpload(
        [BlobTrigger(PipelineCatalog.BlobPaths.Uploads, Source = BlobTriggerSource.EventGrid, Connection = "ProfitStorage")] BlobClient blob,
        string name,
        CancellationToken cancellationToken) =>
        runner.RunBlobAsync(PipelineCatalog.Names.IngestUpload, name, cancellationToken);
}
