using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Classification.Jobs;

/// <summary>
/// <c>GET /api/models/current</c>: the current tagging model's version, holdout metrics and spot checks, and whether its
/// acceptance was stopped (<see cref="ModelStatus"/>); 404 before the first model.
/// </summary>
internal sealed class CurrentModelJob(ModelStatusReader status) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken) =>
        await status.GetAsync(cancellationToken) is { } current
            ? Results.Json(current, StoredJson.Options)
            : Results.Problem(detail: ModelStatus.NoneYet, statusCode: StatusCodes.Status404NotFound);
}
