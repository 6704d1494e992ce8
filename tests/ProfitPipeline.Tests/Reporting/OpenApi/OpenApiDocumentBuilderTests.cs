using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Reporting.OpenApi;
using ProfitPipeline.Tests.Reporting.Rendering;

namespace ProfitPipeline.Tests.Reporting.OpenApi;

public sealed partial class OpenApiDocumentBuilderTests
{
    [Fact]
    public void Document_ParsesAndListsEveryCatalogRoute()
    {
        using var json = JsonDocument.Parse(OpenApiDocumentBuilder.BuildJson());
        var root = json.RootElement;
        var paths = root.GetProperty("paths");

        Assert.Equal("3.0.3", root.GetProperty("openapi").GetString());
        var routes = typeof(PipelineCatalog.Routes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.Contains(PipelineCatalog.Routes.OpenShare, routes);
        Assert.All(routes, route => Assert.True(paths.TryGetProperty("/" + route, out _), route));
        Assert.Equal(routes.Count, paths.EnumerateObject().Count());
    }

    [Fact]
    public void CatalogJobs_KeepTheirMethodAndAccess()
    {
        using var json = JsonDocument.Parse(OpenApiDocumentBuilder.BuildJson());
        var paths = json.RootElement.GetProperty("paths");

        foreach (var job in PipelineCatalog.Jobs.Where(j => j.Trigger is HttpTrigger))
        {
            var trigger = (HttpTrigger)job.Trigger;
            var operation = paths.GetProperty("/" + trigger.Route).GetProperty(trigger.Method.ToLowerInvariant());
            Assert.Equal(job.Name, operation.GetProperty("operationId").GetString());
            Assert.Equal(trigger.Access == EndpointAccess.Function, operation.GetProperty("security").GetArrayLength() > 0);
        }
    }

    [Fact]
    public void Operations_DeclareRouteParametersSecurityAndReportQueries()
    {
        using var json = JsonDocument.Parse(OpenApiDocumentBuilder.BuildJson());
        var root = json.RootElement;
        var operations = root.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value)))
            .ToList();

        Assert.Equal(operations.Count, operations.Select(o => o.Operation.GetProperty("operationId").GetString()).Distinct(StringComparer.Ordinal).Count());
        foreach (var (path, _, operation) in operations)
        {
            var declared = operation.GetProperty("parameters").EnumerateArray()
                .Where(p => p.GetProperty("in").GetString() == "path")
                .Select(p => p.GetProperty("name").GetString())
                .ToList();
            Assert.Equal(RouteParameter().Matches(path).Select(m => m.Groups[1].Value), declared);
        }

        var customers = root.GetProperty("paths").GetProperty("/reports/customers").GetProperty("get");
        Assert.Equal(
            ["format", "sort", "dir", "from", "to", "dimension", "member"],
            customers.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(customers.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/csv", out _));
        Assert.Equal(2, customers.GetProperty("security").GetArrayLength());
        Assert.Equal(0, root.GetProperty("paths").GetProperty("/s/{token}").GetProperty("get").GetProperty("security").GetArrayLength());
        var schemes = root.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("x-functions-key", schemes.GetProperty("functionKeyHeader").GetProperty("name").GetString());
        Assert.Equal("query", schemes.GetProperty("functionKeyQuery").GetProperty("in").GetString());
        Assert.Equal("code", schemes.GetProperty("functionKeyQuery").GetProperty("name").GetString());
    }

    [Fact]
    public void TransactionListing_DeclaresItsFiltersItsPagingLinkAnd400()
    {
        using var json = JsonDocument.Parse(OpenApiDocumentBuilder.BuildJson());
        var listing = json.RootElement.GetProperty("paths").GetProperty("/transactions").GetProperty("get");
        var parameters = listing.GetProperty("parameters").EnumerateArray().ToList();

        // The names the endpoint reads (TransactionSearchTests sends each a bad value and gets a 400 naming it).
        Assert.Equal(["text", "category", "source", "kind", "from", "to", "limit", "after"], parameters.Select(p => p.GetProperty("name").GetString()));
        Assert.All(parameters, p => Assert.Equal("query", p.GetProperty("in").GetString()));
        Assert.Contains("Human", parameters[2].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("BankDebit", parameters[3].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.True(listing.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("Link", out _));
        Assert.True(listing.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public void ReviewQueue_DeclaresItsPagingParametersLinkAnd400()
    {
        using var json = JsonDocument.Parse(OpenApiDocumentBuilder.BuildJson());
        var queue = json.RootElement.GetProperty("paths").GetProperty("/review").GetProperty("get");

        Assert.Equal(["limit", "after"], queue.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(queue.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("Link", out _));
        Assert.True(queue.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public void Retrain_Declares202WithItsLocationAndNoBody_AndItsStatusA404()
    {
        using var json = JsonDocument.Parse(OpenApiDocumentBuilder.BuildJson());
        var paths = json.RootElement.GetProperty("paths");
        var retrain = paths.GetProperty("/models/retrain").GetProperty("post");
        var status = paths.GetProperty("/models/retrain/{requestId}").GetProperty("get");

        Assert.False(retrain.TryGetProperty("requestBody", out _));
        Assert.True(retrain.GetProperty("responses").GetProperty("202").GetProperty("headers").TryGetProperty("Location", out _));
        Assert.False(retrain.GetProperty("responses").TryGetProperty("200", out _));
        Assert.True(status.GetProperty("responses").TryGetProperty("404", out _));
        Assert.Equal("requestId", status.GetProperty("parameters")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void CurrentModel_Declares404BeforeTheFirstModel()
    {
        using var json = JsonDocument.Parse(OpenApiDocumentBuilder.BuildJson());
        var responses = json.RootElement.GetProperty("paths").GetProperty("/models/current").GetProperty("get").GetProperty("responses");

        Assert.True(responses.TryGetProperty("404", out _));
        Assert.False(json.RootElement.GetProperty("paths").GetProperty("/rules").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
    }

    [Fact]
    public async Task Job_ServesTheDocumentAsJsonWithTheSecurityHeaders()
    {
        var result = await ExecutedResult.RunAsync(await new OpenApiJob().HandleAsync(ExecutedResult.Request(), [], TestContext.Current.CancellationToken));

        Assert.Equal(200, result.Status);
        Assert.Equal("application/json; charset=utf-8", result.ContentType);
        using var json = JsonDocument.Parse(result.Body);
        Assert.Equal("ProfitPipeline", json.RootElement.GetProperty("info").GetProperty("title").GetString());
        ReportResultsTests.AssertSecurityHeaders(result);
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex RouteParameter();
}
