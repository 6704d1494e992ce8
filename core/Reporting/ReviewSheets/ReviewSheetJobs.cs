using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Classification;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Reporting.Html;
using ProfitPipeline.Reporting.Rendering;

namespace ProfitPipeline.Reporting.ReviewSheets;

/// <summary>
/// <c>GET /api/review/sheet</c>: every row to answer (waiting, or tagged by nothing) as a CSV sheet (<see cref="ReviewSheet"/>),
/// downloaded as review.csv; with <c>format=html</c> (or <c>json</c>) the same rows as a page to read (<see cref="ReviewSheetPage"/>).
/// </summary>
internal sealed class ExportReviewSheetJob(ReviewQueue queue) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        var format = request.Query[ReportFormatNegotiation.FormatParameter].FirstOrDefault();
        if (format?.ToUpperInvariant() is not (null or "CSV" or "HTML" or "JSON"))
        {
            return Results.Problem(detail: $"format: '{format}' is not csv, html or json.", statusCode: StatusCodes.Status400BadRequest);
        }

        var rows = await queue.ToAnswerAsync(cancellationToken);
        return format?.ToUpperInvariant() switch
        {
            "HTML" => ReportResults.Render(ReviewSheetPage.Of(rows), ReportFormat.Html, new ReportLinks(request.Query)),
            "JSON" => ReportResults.Render(ReviewSheetPage.Of(rows), ReportFormat.Json, ReportLinks.None),
            _ => Results.Bytes(ReviewSheet.Write(rows), ReportResults.CsvContentType, "review.csv"),
        };
    }
}

/// <summary>
/// <c>POST /api/review/sheet</c> with an answered sheet as the body (any content type): applies its answers; answers what was
/// applied and each row that was not, with its line and why. A body that is not a review sheet gets 400 saying what it lacks.
/// A first model the answers allow is queued, not trained in the request (<c>firstModelRetrain</c>: the request to follow).
/// </summary>
internal sealed class ImportReviewSheetJob(ReviewSheetService sheets) : IHttpJob
{
    /// <summary>A sheet of 5,000 rows is well under a megabyte; the cap keeps a wrong upload from filling the worker's memory.</summary>
    private const int MaximumBytes = 16 * 1024 * 1024;

    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > MaximumBytes)
            {
                return Results.Problem(detail: "The sheet is larger than 16 MB: send the rows in several sheets.", statusCode: StatusCodes.Status413PayloadTooLarge);
            }

            body.Write(buffer, 0, read);
        }

        try
        {
            var sheet = ReviewSheet.Read(body.ToArray(), "review.csv");
            return Results.Json(await sheets.ApplyAsync(sheet, "reviewer", queueFirstModel: true, cancellationToken), StoredJson.Options);
        }
        catch (InvalidDataException e)
        {
            return Results.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
