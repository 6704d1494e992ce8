using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Reporting.Rendering;

namespace ProfitPipeline.Reporting.OpenApi;

/// <summary>Serves the OpenAPI description (built once: the catalog does not change while the process runs).</summary>
internal sealed class OpenApiJob : IHttpJob
{
    private static readonly Lazy<string> Document = new(OpenApiDocumentBuilder.BuildJson);

    public Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken) =>
        Task.FromResult(Results.Text(Document.Value, ReportResults.JsonContentType, Encoding.UTF8).WithReportHeaders());
}
