using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Classification.Jobs;

/// <summary><c>GET /api/rules</c>: the rules in the order they run, each with its ETag.</summary>
internal sealed class ListRulesJob(RuleStore rules) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken) =>
        Results.Json(await rules.ListAsync(cancellationToken), StoredJson.Options);
}

/// <summary>
/// <c>POST /api/rules</c>: creates a rule, or replaces one when <c>If-Match</c> carries the ETag it was read with (a stale ETag
/// gets 412). The ledger is re-tagged so the rule applies at once.
/// </summary>
internal sealed class SaveRuleJob(ITaggingAdmin admin) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        TaggingRule? rule;
        try
        {
            rule = await request.ReadFromJsonAsync<TaggingRule>(StoredJson.Options, cancellationToken);
        }
        catch (JsonException e)
        {
            return Results.Problem(detail: $"The body is not a rule (line {e.LineNumber}, position {e.BytePositionInLine}).", statusCode: StatusCodes.Status400BadRequest);
        }

        if (rule is null)
        {
            return Results.Problem(detail: "The body is empty: send a rule.", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            return Results.Json(await admin.SaveRuleAsync(rule, request.Headers.IfMatch.FirstOrDefault(), cancellationToken), StoredJson.Options);
        }
        catch (ArgumentException e)
        {
            return Results.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (ConcurrencyConflictException)
        {
            return Results.Problem(detail: "The rule changed since it was read (or exists already): read it again.", statusCode: StatusCodes.Status412PreconditionFailed);
        }
    }
}

/// <summary><c>DELETE /api/rules/{ruleId}</c>, optionally guarded by <c>If-Match</c>; the ledger is re-tagged.</summary>
internal sealed class DeleteRuleJob(RuleStore rules, LedgerTagging tagging) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        var id = route["ruleId"]?.ToString();
        if (string.IsNullOrWhiteSpace(id))
        {
            return Results.NotFound();
        }

        try
        {
            await rules.DeleteAsync(id, request.Headers.IfMatch.FirstOrDefault(), cancellationToken);
            await tagging.RetagAsync(cancellationToken);
            return Results.NoContent();
        }
        catch (ConcurrencyConflictException)
        {
            return Results.Problem(detail: "The rule changed since it was read, or does not exist.", statusCode: StatusCodes.Status412PreconditionFailed);
        }
    }
}
