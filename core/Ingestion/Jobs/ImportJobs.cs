using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Ingestion.Jobs;

/// <summary><c>GET /api/imports</c>: every import with its outcome and counts, newest first.</summary>
internal sealed class ListImportsJob(ImportStore imports) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        var list = (await imports.ListAsync(cancellationToken))
            .OrderByDescending(i => i.CompletedAt ?? i.ClaimedAt)
            .Select(i => new { importId = i.Id.Value, file = i.FileName, status = i.Status, format = i.Format, i.Transactions, i.Duplicates, i.Rejected, i.ClaimedAt, i.CompletedAt });
        return Results.Json(list, StoredJson.Options);
    }
}

/// <summary><c>GET /api/imports/{importId}</c>: one import's report with every rejected row (position and reason).</summary>
internal sealed class ImportReportJob(FileStore files) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        var id = route["importId"]?.ToString();
        if (id is not { Length: 64 } || !id.All(char.IsAsciiHexDigitLower))
        {
            return Results.NotFound();
        }

        var report = await files.ReadAsync(StorageNames.Containers.Reports, ImportReportWriter.JsonBlobName(ImportId.Parse(id).Value), cancellationToken);
        return report is null ? Results.NotFound() : Results.Text(report.ToString(), "application/json");
    }
}
