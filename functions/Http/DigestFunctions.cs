using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Functions.Http;

/// <summary>The weekly digest the timer writes; function key required.</summary>
public sealed class DigestFunctions(PipelineJobRunner runner)
{
    [Function(PipelineCatalog.Names.LatestDigest)]
    public Task<IResult> LatestDigest(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.LatestDigest)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.LatestDigest, request, [], cancellationToken);
}
