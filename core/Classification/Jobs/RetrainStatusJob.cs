using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Classification.Jobs;

/// <summary>
/// <c>GET /api/models/retrain/{requestId}</c>: a requested retrain's state as of now (<see cref="RetrainRequest.AsSeenAt"/>), and its
/// outcome once done; 404 for any other id.
/// </summary>
internal sealed class RetrainStatusJob(RetrainRequestStore requests, TimeProvider time) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        var id = route["requestId"]?.ToString();
        var state = RetrainRequest.IsId(id) ? await requests.GetAsync(id!, cancellationToken) : null;
        return state is null ? Results.NotFound() : Results.Json(state.AsSeenAt(time.GetUtcNow()), StoredJson.Options);
    }
}
