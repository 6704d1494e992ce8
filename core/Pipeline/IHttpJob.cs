using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ProfitPipeline.Pipeline;

/// <summary>
/// An HTTP endpoint of the catalog. Both hosts call it with the request and the route's values: <c>profit serve</c> passes
/// ASP.NET Core's route values, the Functions app the values it bound; the returned result writes the response.
/// Registered as a keyed service under the job's name.
/// </summary>
public interface IHttpJob
{
    Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken);
}
