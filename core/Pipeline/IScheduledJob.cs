namespace ProfitPipeline.Pipeline;

/// <summary>A timer job of the catalog, registered as a keyed service under the job's name.</summary>
public interface IScheduledJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
