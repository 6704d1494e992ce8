namespace ProfitPipeline.Reporting.Reports;

/// <summary>Reports, share links and digests for <c>profit report</c>, <c>profit share</c> and <c>profit digest</c>.</summary>
public interface IReportService
{
    /// <summary>The rendered report (format json, csv or html), or null when it names nothing that exists.</summary>
    Task<RenderedReport?> RenderAsync(ReportRequest request, string format, CancellationToken cancellationToken);

    Task<ShareLinkInfo> CreateShareAsync(ShareRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyList<ShareLinkInfo>> ListSharesAsync(CancellationToken cancellationToken);

    Task<bool> RevokeShareAsync(string linkId, CancellationToken cancellationToken);

    /// <summary>Composes, stores and (if configured) posts the digest of an ISO week like 2026-W47; the last complete week by default.</summary>
    Task<DigestResult> DigestAsync(string? week, CancellationToken cancellationToken);

    /// <summary>The same for the week still running: what the demo writes, since the Monday job reports on the week before.</summary>
    Task<DigestResult> DigestOfThisWeekAsync(CancellationToken cancellationToken);
}

public sealed record RenderedReport(string ContentType, byte[] Content);

/// <summary>A share link as listed: never its token, except in <see cref="Path"/> right after creation.</summary>
public sealed record ShareLinkInfo(string LinkId, string Report, DateTimeOffset ExpiresAt, bool Revoked, string? Path = null);

public sealed record DigestResult(string Week, bool HasNewData, string Summary, string HtmlBlob, string TextBlob, string Webhook);
