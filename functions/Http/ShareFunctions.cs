using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Functions.Http;

/// <summary>
/// Read-only share links. Managing them needs the function key; opening one is anonymous because the link's token is the
/// credential, and core checks it (signature, expiry, revocation) before serving anything.
/// </summary>
public sealed class ShareFunctions(PipelineJobRunner runner)
{
    [Function(PipelineCatalog.Names.CreateShare)]
    public Task<IResult> CreateShare(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = PipelineCatalog.Routes.Shares)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.CreateShare, request, [], cancellationToken);

    [Function(PipelineCatalog.Names.ListShares)]
    public Task<IResult> ListShares(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = PipelineCatalog.Routes.Shares)] HttpRequest request,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.ListShares, request, [], cancellationToken);

    [Function(PipelineCatalog.Names.RevokeShare)]
    public Task<IResult> RevokeShare(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = PipelineCatalog.Routes.Share)] HttpRequest request,
        string linkId,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.RevokeShare, request, new() { [nameof(linkId)] = linkId }, cancellationToken);

    [Function(PipelineCatalog.Names.OpenShare)]
    public Task<IResult> OpenShare(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = PipelineCatalog.Routes.OpenShare)] HttpRequest request,
        string token,
        CancellationToken cancellationToken) =>
        runner.HandleHttpAsync(PipelineCatalog.Names.OpenShare, request, new() { [nameof(token)] = token }, cancellationToken);
}
