using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Pipeline;

/// <summary>Liveness: answers 200 when storage answers, 503 otherwise. Says nothing about the data.</summary>
internal sealed class HealthJob(StorageAccount storage) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        try
        {
            await storage.Container(StorageNames.Containers.Uploads).ExistsAsync(cancellationToken);
            return Results.Ok(new { status = "healthy" });
        }
        catch (Azure.RequestFailedException)
        {
            return Results.Json(new { status = "storage unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
