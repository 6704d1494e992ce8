using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Functions.Learning;

/// <summary>Retrains asked for over HTTP (<c>POST /api/models/retrain</c>), run here: a blob-triggered function may run for host.json's functionTimeout, an HTTP request 230 s.</summary>
public sealed class RetrainFunctions(PipelineJobRunner runner)
{
    /// <summary>
    /// As the uploads trigger, by Event Grid and bound as a <see cref="BlobClient"/> the job never downloads: the blob is only the
    /// trigger; core reads the request's state and removes the blob once the retrain has run.
    /// </summary>
    [Function(PipelineCatalog.Names.RunRetrain)]
    public Task RunRetrain(
        [BlobTrigger(PipelineCatalog.BlobPaths.RetrainRequests, Source = BlobTriggerSource.EventGrid, Connection = "ProfitStorage")] BlobClient blob,
        string name,
        CancellationToken cancellationToken) =>
        runner.RunBlobAsync(PipelineCatalog.Names.RunRetrain, name, cancellationToken);
}
