using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Functions.Http;

/// <summary>Imported files and their diagnostics; function key required.</summary>
public sealed class ImportFunctions(PipelineJobRunner runner)
{
    [Function(PipelineCatalog.Names.ListImports)]
    public Task<IResult> ListImports(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.Imports)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.ListImports, request, [], cancellationToken);

    [Function(PipelineCatalog.Names.ImportReport)]
    public Task<IResult> ImportReport(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.ImportReport)] HttpRequest request,
        string importId,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.ImportReport, request, new() { [nameof(importId)] = importId }, cancellationToken);
}
