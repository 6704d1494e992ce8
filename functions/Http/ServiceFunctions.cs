using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Functions.Http;

/// <summary>
/// Liveness and the API description: anonymous, they serve nothing private.
/// </summary>
/// <remarks>
/// Every HTTP function here returns core's <see cref="IResult"/> as is. With ASP.NET Core integration the worker's
/// FunctionsHttpProxyingMiddleware (Worker.Extensions.Http.AspNetCore) executes an <see cref="IResult"/> invocation result
/// against the request's HttpContext, just as it does an IActionResult, so no adapter is needed. Route values the trigger
/// binds are passed on as a <see cref="RouteValueDictionary"/>, the same shape <c>profit serve</c> passes.
/// </remarks>
public sealed class ServiceFunctions(PipelineJobRunner runner)
{
    [Function(PipelineCatalog.Names.Health)]
    public Task<IResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = PipelineCatalog.Routes.Health)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.Health, request, [], cancellationToken);

    [Function(PipelineCatalog.Names.OpenApi)]
    public Task<IResult> OpenApi(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = PipelineCatalog.Routes.OpenApi)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.OpenApi, request, [], cancellationToken);
}
