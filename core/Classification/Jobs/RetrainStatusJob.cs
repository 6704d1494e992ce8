using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Classification.Jobs;

/// <summary><c>GET /api/models/retrain/{requestId}</c>: a requested retrain's state, and its outcome once done; 404 for any other id.</summary>
internal sealed class RetrainStatusJob(RetrainRequestStore requests, TimeProvider time) : IHttpJob
{
    /// <summary>
    /// How long a request may wait for its first try before the answer says nothing runs it. Both hosts start it within
    /// seconds (Event Grid's delivery, the poller's 5 s), so a wait this long is a host that does not run the job.
    /// </summary>
    internal static readonly TimeSpan NeverStartedAfter = TimeSpan.FromMinutes(15);

    /// <summary>Said, in the answer only, of a request that has waited longer than <see cref="NeverStartedAfter"/> for its first try.</summary>
    internal static readonly string NeverStartedProblem = string.Create(
        CultureInfo.InvariantCulture,
        $"Not started {NeverStartedAfter.TotalMinutes} minutes after it was asked for: {NothingRunsIt}");

    private const string NothingRunsIt =
        "no host runs the RunRetrain function on the retrain-requests container (in Azure, its Event Grid subscription is missing: docs/deploy.md, phase 2).";

    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        var id = route["requestId"]?.ToString();
        var state = RetrainRequest.IsId(id) ? await requests.GetAsync(id!, cancellationToken) : null;
        if (state is null)
        {
            return Results.NotFound();
        }

        var neverStarted = state is { State: RetrainRequestState.Queued, Tries: 0 } && time.GetUtcNow() - state.RequestedAt > NeverStartedAfter;
        return Results.Json(neverStarted ? state with { Problem = NeverStartedProblem } : state, StoredJson.Options);
    }
}
