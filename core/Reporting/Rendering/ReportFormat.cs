using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ProfitPipeline.Reporting.Rendering;

internal enum ReportFormat
{
    Json,
    Csv,
    Html,
}

/// <summary>Content negotiation: <c>?format=json|csv|html</c> wins, then the Accept header (by quality), then JSON.</summary>
internal static class ReportFormatNegotiation
{
    public const string FormatParameter = "format";

    public static ReportFormat Choose(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (FromName(request.Query[FormatParameter].FirstOrDefault()) is { } named)
        {
            return named;
        }

        if (MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            foreach (var media in accepted.OrderByDescending(m => m.Quality ?? 1.0))
            {
                if (media.Quality is 0)
                {
                    continue;
                }

                if (FromMediaType(media.MediaType.Value) is { } format)
                {
                    return format;
                }
            }
        }

        return ReportFormat.Json;
    }

    public static ReportFormat? FromName(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "json" => ReportFormat.Json,
        "csv" => ReportFormat.Csv,
        "html" => ReportFormat.Html,
        _ => null,
    };

    private static ReportFormat? FromMediaType(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        "application/json" => ReportFormat.Json,
        "text/csv" => ReportFormat.Csv,
        "text/html" or "application/xhtml+xml" => ReportFormat.Html,
        _ => null,
    };
}
