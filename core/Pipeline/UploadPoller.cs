using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Pipeline;

/// <summary>
/// The one-machine host's blob triggers: polls each blob job's container and runs the job for each blob there, each job in a
/// loop of its own, as Azure runs different functions side by side (a retrain that takes minutes does not hold back the next
/// upload). A handled blob leaves the container, so a restart neither redoes nor skips work.
/// </summary>
internal sealed class UploadPoller(
    IServiceScopeFactory scopes,
    FileStore files,
    IOptions<LocalHostOptions> options,
    TimeProvider time,
    ILogger<UploadPoller> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(PipelineCatalog.Jobs.Where(j => j.Trigger is BlobTrigger).Select(job => PollAsync(job, stoppingToken)));

    private async Task PollAsync(PipelineJob job, CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await PollOnceAsync(job, stoppingToken);
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: not a failure.
        }
    }

    /// <summary>Runs the job for every blob now in the job's container; returns how many were handled.</summary>
    public async Task<int> PollOnceAsync(PipelineJob job, CancellationToken cancellationToken)
    {
        var container = ((BlobTrigger)job.Trigger).Container;
        var handled = 0;
        foreach (var name in await files.ListAsync(container, cancellationToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PipelineJobRunner>().RunBlobAsync(job.Name, name, cancellationToken);
                handled++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Transient by contract (bad files are quarantined inside the job): the next poll retries it.
                PipelineLog.BlobJobFailed(logger, e, job.Name);
            }
        }

        return handled;
    }
}
