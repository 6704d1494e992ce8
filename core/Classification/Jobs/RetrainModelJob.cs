using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Classification.Jobs;

/// <summary>
/// <c>POST /api/models/retrain</c>: the weekly retrain on demand (after a batch of corrections, say). Answers with the outcome:
/// the new version's holdout metrics beside the current model's and whether it was promoted, or why nothing was trained.
/// </summary>
internal sealed class RetrainModelJob(ModelRefresh refresh) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        try
        {
            return Results.Json(await refresh.RunAsync(cancellationToken), StoredJson.Options);
        }
        catch (ConcurrencyConflictException)
        {
            // Another retrain promoted a model between this one's read of the current model and its promotion.
            return Results.Problem(detail: "Another retrain promoted a model while this one ran; retrain again to compare with it.", statusCode: StatusCodes.Status409Conflict);
        }
    }
}
