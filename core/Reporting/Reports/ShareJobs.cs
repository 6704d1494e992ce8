using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Reporting.Rendering;
using ProfitPipeline.Reporting.Sharing;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>What <c>POST /api/shares</c> takes: one report, its filter, and how many days the link lives (at most 30).</summary>
/// <remarks>Without <see cref="Days"/> the configured link lifetime applies.</remarks>
public sealed record ShareRequest(string Report, string? From = null, string? To = null, string? Dimension = null, string? Member = null, string? CustomerId = null, int? Days = null);

/// <summary><c>POST /api/shares</c>: a link to exactly one report with its filter, expiring, revocable on its own.</summary>
internal sealed class CreateShareJob(ReportSharing sharing, Microsoft.Extensions.Options.IOptions<SharingOptions> options) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        ShareRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<ShareRequest>(StoredJson.Options, cancellationToken);
        }
        catch (JsonException e)
        {
            return Results.Problem(detail: $"The body is not a share request (line {e.LineNumber}, position {e.BytePositionInLine}).", statusCode: StatusCodes.Status400BadRequest);
        }

        if (body is null)
        {
            return Results.Problem(detail: "Send {report, from?, to?, dimension?, member?, customerId?, days?}.", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var created = await sharing.CreateAsync(body, "api", cancellationToken);
            return Results.Json(new { created.LinkId, url = options.Value.LinkUrl(created.Path), created.ExpiresAt }, StoredJson.Options, statusCode: StatusCodes.Status201Created).WithReportHeaders();
        }
        catch (ArgumentException e)
        {
            return Results.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}

/// <summary><c>GET /api/shares</c>: every link with its report, filter, expiry and state (never a token).</summary>
internal sealed class ListSharesJob(ShareLinkService shares) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken) =>
        Results.Json(await shares.ListAsync(cancellationToken), StoredJson.Options).WithReportHeaders();
}

/// <summary><c>DELETE /api/shares/{linkId}</c>: revokes one link; the others keep working.</summary>
internal sealed class RevokeShareJob(ShareLinkService shares) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken) =>
        await shares.RevokeAsync(route["linkId"]?.ToString() ?? string.Empty, cancellationToken) ? Results.NoContent() : Results.NotFound();
}

/// <summary>
/// <c>GET /api/s/{token}</c>, anonymous: the token is the credential. Invalid, expired, revoked or tampered tokens all get the
/// same 404.
/// </summary>
internal sealed class OpenShareJob(ShareLinkService shares, ReportBuilder builder) : IHttpJob
{
    public Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken) =>
        SharedReportResult.OpenAsync(
            shares,
            route["token"]?.ToString() ?? string.Empty,
            request,
            (link, ct) => builder.BuildAsync(ReportSharing.RequestFor(link), ct),
            cancellationToken);
}
