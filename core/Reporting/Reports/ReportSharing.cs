using ProfitPipeline.Reporting.Sharing;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>Share links for reports: which report and filter a link carries, checked before the link is made.</summary>
internal sealed class ReportSharing(ShareLinkService shares, Microsoft.Extensions.Options.IOptions<SharingOptions> options)
{
    public Task<CreatedShareLink> CreateAsync(ShareRequest request, string createdBy, CancellationToken cancellationToken)
    {
        if (!ReportRequest.Names.Contains(request.Report, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown report '{request.Report}'. Reports: {string.Join(", ", ReportRequest.Names)}.", nameof(request));
        }

        if (request.Report == ReportRequest.Customer && string.IsNullOrWhiteSpace(request.CustomerId))
        {
            throw new ArgumentException("A customer report link needs a customerId.", nameof(request));
        }

        var from = request.From is null ? (DateOnly?)null : Profitability.Period.Parse(request.From).Start;
        var to = request.To is null ? (DateOnly?)null : Profitability.Period.Parse(request.To).Start;
        var filter = new ShareFilter(from, to, request.Dimension, request.Member) { CustomerId = request.CustomerId };
        var lifetime = request.Days is { } days ? TimeSpan.FromDays(days) : options.Value.LinkLifetime;
        return shares.CreateAsync(request.Report, filter, lifetime, createdBy, cancellationToken);
    }

    /// <summary>The report request a link stands for; its periods are month keys of the filter's dates.</summary>
    public static ReportRequest RequestFor(ShareLink link) =>
        new(
            link.ReportName,
            link.Filter.From?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            link.Filter.To?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            link.Filter.Dimension,
            link.Filter.Member,
            link.Filter.CustomerId);
}
