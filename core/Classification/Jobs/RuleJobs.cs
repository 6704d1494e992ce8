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
        var (rule, problem) = await RuleBody.ReadAsync(request, cancellationToken);
        if (rule is null)
        {
            return problem!;
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

/// <summary>
/// <c>POST /api/rules/preview?limit=</c>: what saving the rule in the body would change in the ledger now (counts, and the
/// changing rows newest first, 20 unless <c>limit</c>); nothing is saved.
/// </summary>
internal sealed class PreviewRuleJob(ITaggingAdmin admin) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var limit = PageQuery.Limit(request.Query["limit"].FirstOrDefault() is { Length: > 0 } value ? value : null, problems, RulePreview.DefaultRows);
        if (problems.Count > 0)
        {
            return Results.Problem(detail: string.Join("; ", problems) + ".", statusCode: StatusCodes.Status400BadRequest);
        }

        var (rule, problem) = await RuleBody.ReadAsync(request, cancellationToken);
        if (rule is null)
        {
            return problem!;
        }

        try
        {
            return Results.Json(await admin.PreviewRuleAsync(rule, limit, cancellationToken), StoredJson.Options);
        }
        catch (ArgumentException e)
        {
            return Results.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}

/// <summary>A rule read from a request body, or the 400 that says why there is none.</summary>
internal static class RuleBody
{
    public static async Task<(TaggingRule? Rule, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        TaggingRule? rule;
        try
        {
            rule = await request.ReadFromJsonAsync<TaggingRule>(StoredJson.Options, cancellationToken);
        }
        catch (JsonException e)
        {
            return (null, Results.Problem(detail: $"The body is not a rule (line {e.LineNumber}, position {e.BytePositionInLine}).", statusCode: StatusCodes.Status400BadRequest));
        }

        return rule is null
            ? (null, Results.Problem(detail: "The body is empty: send a rule.", statusCode: StatusCodes.Status400BadRequest))
            : (rule, null);
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
