using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Functions.Http;

/// <summary>The tagging model; function key required.</summary>
public sealed class ModelFunctions(PipelineJobRunner runner)
{
    [Function(PipelineCatalog.Names.RetrainModel)]
    public Task<IResult> RetrainModel(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = PipelineCatalog.Routes.RetrainModel)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.RetrainModel, request, [], cancellationToken);

    [Function(PipelineCatalog.Names.RetrainStatus)]
    public Task<IResult> RetrainStatus(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.RetrainStatus)] HttpRequest request,
        string requestId,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.RetrainStatus, request, new() { [nameof(requestId)] = requestId }, cancellationToken);

    [Function(PipelineCatalog.Names.CurrentModel)]
    public Task<IResult> CurrentModel(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.CurrentModel)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.CurrentModel, request, [], cancellationToken);
}
