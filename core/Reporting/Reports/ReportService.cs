using System.Globalization;
using ProfitPipeline.Reporting.Digest;
using ProfitPipeline.Reporting.Html;
using ProfitPipeline.Reporting.Rendering;
using ProfitPipeline.Reporting.Sharing;

namespace ProfitPipeline.Reporting.Reports;

internal sealed class ReportService(ReportBuilder builder, ReportSharing sharing, ShareLinkService shares, DigestService digests, Microsoft.Extensions.Options.IOptions<SharingOptions> options, TimeProvider time) : IReportService
{
    public async Task<RenderedReport?> RenderAsync(ReportRequest request, string format, CancellationToken cancellationToken)
    {
        var document = await builder.BuildAsync(request, cancellationToken);
        if (document is null)
        {
            return null;
        }

        return ReportFormatNegotiation.FromName(format) switch
        {
            ReportFormat.Csv => new RenderedReport(ReportResults.CsvContentType, ReportCsvWriter.Write(document)),
            ReportFormat.Html => new RenderedReport(ReportResults.HtmlContentType, System.Text.Encoding.UTF8.GetBytes(HtmlReportWriter.Write(document, ReportLinks.None))),
            ReportFormat.Json => new RenderedReport(ReportResults.JsonContentType, ReportJsonWriter.Write(document)),
            _ => throw new FormatException($"Unknown format '{format}': use json, csv or html."),
        };
    }

    public async Task<ShareLinkInfo> CreateShareAsync(ShareRequest request, CancellationToken cancellationToken)
    {
        var created = await sharing.CreateAsync(request, "cli", cancellationToken);
        return new ShareLinkInfo(created.LinkId, request.Report, created.ExpiresAt, Revoked: false, options.Value.LinkUrl(created.Path));
    }

    public async Task<IReadOnlyList<ShareLinkInfo>> ListSharesAsync(CancellationToken cancellationToken) =>
        (await shares.ListAsync(cancellationToken)).Select(l => new ShareLinkInfo(l.LinkId, l.ReportName, l.ExpiresAt, l.Revoked)).ToList();

    public Task<bool> RevokeShareAsync(string linkId, CancellationToken cancellationToken) => shares.RevokeAsync(linkId, cancellationToken);

    public Task<DigestResult> DigestAsync(string? week, CancellationToken cancellationToken) =>
        digests.PublishAsync(week is null ? IsoWeek.LastCompleteBefore(time.GetUtcNow()) : ParseWeek(week), cancellationToken);

    public Task<DigestResult> DigestOfThisWeekAsync(CancellationToken cancellationToken) =>
        digests.PublishAsync(IsoWeek.Containing(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)), cancellationToken);

    private static IsoWeek ParseWeek(string text)
    {
        var parts = text.Split("-W", StringSplitOptions.None);
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return new IsoWeek(year, number);
        }

        throw new FormatException($"'{text}' is not an ISO week such as 2026-W47.");
    }
}
