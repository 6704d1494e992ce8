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

    /// <summary>The longest a try may run: host.json's <c>functionTimeout</c>, after which Azure stops the function.</summary>
    internal static readonly TimeSpan LongestTry = TimeSpan.FromMinutes(30);

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

        var now = time.GetUtcNow();
        var problem = state switch
        {
            { State: RetrainRequestState.Queued, Tries: 0 } when now - state.RequestedAt > NeverStartedAfter => NeverStartedProblem,
            { State: RetrainRequestState.Running, StartedAt: { } started } when now - started > LongestTry => CutOffProblem(state.Tries),
            _ => state.Problem,
        };
        return Results.Json(state with { Problem = problem }, StoredJson.Options);
    }

    /// <summary>
    /// Said, in the answer only, of a try running longer than Azure lets a function run: it was stopped without a word (a
    /// stopped try cannot record its end), and the host tries it again unless that was the last try.
    /// </summary>
    internal static string CutOffProblem(int tries) => string.Create(
        CultureInfo.InvariantCulture,
        $"Try {tries} of {RunRetrainJob.MaxTries} started more than {LongestTry.TotalMinutes} minutes ago, longer than a function may run in Azure (host.json's functionTimeout), so it was stopped; {(tries < RunRetrainJob.MaxTries ? "the host tries it again" : "it was the last try: retrain again")}.");
}
