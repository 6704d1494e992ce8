using Microsoft.AspNetCore.Http;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification.Jobs;

/// <summary>202 Accepted with a <c>Location</c> to follow for the work's state (RFC 9110, 15.3.3), and that state as the body.</summary>
internal sealed class AcceptedResult(object state, string location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.Location = location;
        return Results.Json(state, StoredJson.Options, statusCode: StatusCodes.Status202Accepted).ExecuteAsync(httpContext);
    }
}
