using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Classification.Jobs;

/// <summary><c>GET /api/review</c>: transactions whose proposed tags were not confident enough to accept, with what was proposed.</summary>
internal sealed class ReviewQueueJob(ReviewQueue queue) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken) =>
        Results.Json(await queue.PendingAsync(cancellationToken), StoredJson.Options);
}
