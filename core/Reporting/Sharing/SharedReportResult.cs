using Microsoft.AspNetCore.Http;
using ProfitPipeline.Reporting.Model;
using ProfitPipeline.Reporting.Rendering;

namespace ProfitPipeline.Reporting.Sharing;

/// <summary>The open-share endpoint's whole answer: the report the link names, or the one 404 for every kind of failure.</summary>
internal static class SharedReportResult
{
    /// <param name="build">Builds the linked report from its name and filter; null when that report no longer exists.</param>
    public static async Task<IResult> OpenAsync(
        ShareLinkService shares,
        string token,
        HttpRequest request,
        Func<ShareLink, CancellationToken, Task<ReportDocument?>> build,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(build);
        var link = await shares.OpenAsync(token, cancellationToken);
        var document = link is null ? null : await build(link, cancellationToken);
        return document is null ? ReportResults.ShareNotFound() : ReportResults.Render(document, request);
    }
}
