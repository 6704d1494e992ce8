using Microsoft.AspNetCore.Http;

namespace ProfitPipeline.Classification.Jobs;

/// <summary>
/// A result with a <c>Link: &lt;url&gt;; rel="next"</c> header (RFC 8288), the way GitHub's API pages: the body stays the plain
/// array a client already reads, and a client that wants more follows the link.
/// </summary>
internal sealed class NextPageResult(IResult inner, string nextUrl) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.Link = $"<{nextUrl}>; rel=\"next\"";
        return inner.ExecuteAsync(httpContext);
    }

    /// <summary>The request's own path and query with <c>after</c> set to <paramref name="next"/>.</summary>
    public static string Url(HttpRequest request, TransactionCursor next)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query
            .Where(p => !string.Equals(p.Key, "after", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new("after", next.ToString()));
        return request.PathBase.Add(request.Path) + QueryString.Create(query).ToUriComponent();
    }
}
