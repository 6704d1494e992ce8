using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Reporting.Rendering;

namespace ProfitPipeline.Reporting.Reports;

/// <summary>
/// One report endpoint: reads the filter from the query (and the route), builds the report and renders it as the request asks
/// (<c>?format=json|csv|html</c> or the Accept header), with the report security headers.
/// </summary>
internal sealed class ReportJob(string report, ReportBuilder builder) : IHttpJob
{
    public async Task<IResult> HandleAsync(HttpRequest request, RouteValueDictionary route, CancellationToken cancellationToken)
    {
        var reportRequest = ReportRequest.FromQuery(report, request.Query, route["dimension"]?.ToString(), route["customerId"]?.ToString());
        try
        {
            var document = await builder.BuildAsync(reportRequest, cancellationToken);
            return document is null ? Results.NotFound().WithReportHeaders() : ReportResults.Render(document, request);
        }
        catch (FormatException e)
        {
            return Results.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest).WithReportHeaders();
        }
    }
}
