using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ProfitPipeline.Pipeline;

/// <summary>
/// Runs a catalog job by name. Both hosts go through here, so a job behaves the same whether a Functions trigger or
/// <c>profit serve</c> started it.
/// </summary>
public sealed class PipelineJobRunner(IServiceProvider services)
{
    public Task RunBlobAsync(string jobName, string blobName, CancellationToken cancellationToken) =>
        services.GetRequiredKeyedService<IBlobJob>(jobName).RunAsync(blobName, cancellationToken);

    public Task RunScheduledAsync(string jobName, CancellationToken cancellationToken) =>
        services.GetRequiredKeyedService<IScheduledJob>(jobName).RunAsync(cancellationToken);

    public Task<IResult> HandleHttpAsync(string jobName, HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken) =>
        services.GetRequiredKeyedService<IHttpJob>(jobName).HandleAsync(request, route, cancellationToken);
}
