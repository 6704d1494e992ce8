using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Classification.Jobs;

/// <summary>
/// <c>GET /api/review?limit=&amp;after=</c>: transactions whose proposed tags were not confident enough to accept, with what was
/// proposed, oldest first, a page at a time (a first model may leave most bank rows waiting). When more wait than the limit, a
/// <c>Link: &lt;...&amp;after=CURSOR&gt;; rel="next"</c> header points at the next page; answered rows leave the queue without
/// shifting it. A value that cannot be read gets 400 with the parameter and the reason.
/// </summary>
internal sealed class ReviewQueueJob(ReviewQueue queue) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        string? Value(string name) => request.Query[name].FirstOrDefault() is { Length: > 0 } value ? value : null;
        var problems = new List<string>();
        var limit = PageQuery.Limit(Value("limit"), problems);
        var after = PageQuery.After(Value("after"), problems);
        if (problems.Count > 0)
        {
            return Results.Problem(detail: string.Join("; ", problems) + ".", statusCode: StatusCodes.Status400BadRequest);
        }

        var page = await queue.PageAsync(limit, after, cancellationToken);
        var rows = Results.Json(page.Rows, StoredJson.Options);
        return page.Next is { } next ? new NextPageResult(rows, NextPageResult.Url(request, next)) : rows;
    }
}
