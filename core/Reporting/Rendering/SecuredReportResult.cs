using Microsoft.AspNetCore.Http;
using ProfitPipeline.Reporting.Html;

namespace ProfitPipeline.Reporting.Rendering;

/// <summary>
/// Wraps a result so the response carries the report security headers, whatever the format: not cached, no referrer (a share
/// token in the URL must not leak to other sites), no content sniffing, and a CSP that allows no script and only the report's
/// own hashed style sheet.
/// </summary>
internal sealed class SecuredReportResult(IResult inner) : IResult
{
    public IResult Inner { get; } = inner;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        Apply(httpContext.Response.Headers);
        return Inner.ExecuteAsync(httpContext);
    }

    public static void Apply(IHeaderDictionary headers)
    {
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ReportStyle.ContentSecurityPolicy;
    }
}

internal static class SecuredReportResultExtensions
{
    /// <summary>The same security headers as a report, for any other result an endpoint returns (errors, share lists).</summary>
    public static IResult WithReportHeaders(this IResult result) =>
        result as SecuredReportResult ?? new SecuredReportResult(result);
}
