using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Classification.Jobs;

/// <summary>
/// <c>GET /api/review/payees</c>: the waiting rows by what one remembered answer clears (<see cref="ReviewPayee"/>), most rows
/// first, each with the row to answer through <c>POST /api/review</c> with <c>remember</c>.
/// </summary>
internal sealed class ReviewPayeesJob(ReviewQueue queue) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken) =>
        Results.Json(await queue.PayeesAsync(cancellationToken), StoredJson.Options);
}
