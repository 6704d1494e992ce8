using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Classification.Jobs;

/// <summary>
/// <c>GET /api/transactions?text=&amp;category=&amp;source=&amp;kind=&amp;from=&amp;to=&amp;limit=&amp;after=</c>: ledger rows with their tags,
/// newest first, so accepted tags can be checked and corrected through <c>POST /api/review</c> too. When more rows match than
/// the limit, a <c>Link: &lt;...&amp;after=CURSOR&gt;; rel="next"</c> header points at the next page. A value that cannot be
/// read gets 400 with the parameter and the reason.
/// </summary>
internal sealed class ListTransactionsJob(ITaggingAdmin admin) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        var query = request.Query;
        string? Value(string name) => query[name].FirstOrDefault() is { Length: > 0 } value ? value : null;
        var problems = new List<string>();
        var filter = new TransactionFilter(
            Value("text"),
            Value("category"),
            Parse<TagSource>(Value("source"), "source", problems),
            Parse<TransactionKind>(Value("kind"), "kind", problems),
            Date(Value("from"), "from", problems),
            Date(Value("to"), "to", problems),
            PageQuery.Limit(Value("limit"), problems),
            PageQuery.After(Value("after"), problems));
        if (problems.Count > 0)
        {
            return Results.Problem(detail: string.Join("; ", problems) + ".", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var page = await admin.FindTransactionsAsync(filter, cancellationToken);
            var rows = Results.Json(page.Rows, StoredJson.Options);
            return page.Next is { } next ? new NextPageResult(rows, NextPageResult.Url(request, next)) : rows;
        }
        catch (ArgumentException e)
        {
            return Results.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static T? Parse<T>(string? value, string name, List<string> problems)
        where T : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        // Names only: a number would be accepted by Enum.TryParse and mean nothing to the caller.
        if (!char.IsDigit(value[0]) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        problems.Add($"{name}: '{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}");
        return null;
    }

    private static DateOnly? Date(string? value, string name, List<string> problems)
    {
        if (value is null)
        {
            return null;
        }

        if (TransactionFilter.TryParseDate(value, out var date))
        {
            return date;
        }

        problems.Add($"{name}: '{value}' is not a date (yyyy-MM-dd)");
        return null;
    }
}
