using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Classification.Jobs;

/// <summary>
/// <c>POST /api/models/retrain</c>: the weekly retrain on demand (after a batch of corrections, say). It is queued, not run
/// in the request (<see cref="RetrainRequest"/> says why): 202 Accepted with the request's state and a <c>Location</c>,
/// <c>GET /api/models/retrain/{requestId}</c> (<see cref="RetrainStatusJob"/>), that says when it is done, with the outcome.
/// </summary>
internal sealed class RetrainModelJob(RetrainRequestStore requests) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        var queued = await requests.QueueAsync(cancellationToken);

        // The status route is this one and the id, on whatever host and path base the request came in on.
        return new AcceptedResult(queued, $"{request.PathBase.Add(request.Path).Value?.TrimEnd('/')}/{queued.Id}");
    }
}
