using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Classification.Jobs;

/// <summary>
/// <c>POST /api/review</c> with a JSON array of corrections: stored as labels and human tags. Answers how many were applied and,
/// for each one that was not (unknown transaction, category not in the chart), why.
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
            return Results.Problem(detail: "Send a JSON array of {transactionId, category?, customer?, project?}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var rejected = await queue.CorrectAsync(corrections, "reviewer", cancellationToken);
        return Results.Json(new { applied = corrections.Count - rejected.Count, rejected }, StoredJson.Options);
    }
}
