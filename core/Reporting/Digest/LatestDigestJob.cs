using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Reporting.Rendering;

namespace ProfitPipeline.Reporting.Digest;

/// <summary>The latest stored digest: HTML by default, plain text with <c>?format=text</c>; 404 before the first digest.</summary>
internal sealed class LatestDigestJob(DigestStore store) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = string.Equals(request.Query[ReportFormatNegotiation.FormatParameter].FirstOrDefault(), "text", StringComparison.OrdinalIgnoreCase);
        var content = await store.ReadLatestAsync(html: !text, cancellationToken);
        var result = content is null
            ? Results.Text("No digest yet.", "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound)
            : Results.Text(content, text ? "text/plain; charset=utf-8" : ReportResults.HtmlContentType, Encoding.UTF8);
        return result.WithReportHeaders();
    }
}
