using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Classification.Jobs;

/// <summary>
/// <c>POST /api/review</c> with a JSON array of corrections: stored as labels and human tags (and, with <c>remember</c>, as a rule
/// for the row's counterparty). Answers how many were applied, for each one that was not (unknown transaction, category not in
/// the chart) why, and the ids of the rules remembered.
/// </summary>
internal sealed class SubmitReviewJob(ReviewQueue queue) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        List<ReviewCorrection>? corrections;
        try
        {
            corrections = await request.ReadFromJsonAsync<List<ReviewCorrection>>(StoredJson.Options, cancellationToken);
        }
        catch (JsonException e)
        {
            return Results.Problem(detail: $"The body is not a JSON array of corrections (line {e.LineNumber}, position {e.BytePositionInLine}).", statusCode: StatusCodes.Status400BadRequest);
        }

        if (corrections is null || corrections.Count == 0 || corrections.Any(c => string.IsNullOrWhiteSpace(c.TransactionId)))
        {
            return Results.Problem(detail: "Send a JSON array of {transactionId, category?, customer?, project?, remember?}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = await queue.CorrectAsync(corrections, "reviewer", cancellationToken);
        return Results.Json(new { applied = outcome.Applied, rejected = outcome.Rejected, rulesSaved = outcome.RulesSaved }, StoredJson.Options);
    }
}
