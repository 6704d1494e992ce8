using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Functions.Http;

/// <summary>Tagging rules; function key required.</summary>
public sealed class RuleFunctions(PipelineJobRunner runner)
{
    [Function(PipelineCatalog.Names.ListRules)]
    public Task<IResult> ListRules(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.Rules)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.ListRules, request, [], cancellationToken);

    [Function(PipelineCatalog.Names.SaveRule)]
    public Task<IResult> SaveRule(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = PipelineCatalog.Routes.Rules)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.SaveRule, request, [], cancellationToken);

    [Function(PipelineCatalog.Names.PreviewRule)]
    public Task<IResult> PreviewRule(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = PipelineCatalog.Routes.RulePreview)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.PreviewRule, request, [], cancellationToken);

    [Function(PipelineCatalog.Names.DeleteRule)]
    public Task<IResult> DeleteRule(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = PipelineCatalog.Routes.Rule)] HttpRequest request,
        string ruleId,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.DeleteRule, request, new() { [nameof(ruleId)] = ruleId }, cancellationToken);
}
