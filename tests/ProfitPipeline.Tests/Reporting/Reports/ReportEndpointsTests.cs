using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ProfitPipeline.Tests.Reporting.Reports;

/// <summary>The real <c>profit serve</c> host on Azurite with the demo company ingested, called over HTTP as a manager would.</summary>
public sealed class ReportEndpointsTests(DemoServeFixture demo) : IClassFixture<DemoServeFixture>
{
    private HttpClient Http => demo.Http;

    [Fact]
    public async Task CustomersReport_AsJson_HasEveryCustomerWithMargins()
    {
        var ct = TestContext.Current.CancellationToken;
        var master = System.Text.Encoding.UTF8.GetString(demo.Files.Single(f => f.Name == "customers.csv").Content)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();

        using var response = await Http.GetAsync(Api("reports/customers?format=json&from=2025-11&to=2026-10"), ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var table = json.RootElement.GetProperty("sections").EnumerateArray().First(s => s.GetProperty("type").GetString() == "table");
        var rows = table.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(master.Order(StringComparer.Ordinal), rows.Select(r => r.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Object, r.GetProperty("fullyLoadedMargin").ValueKind));
        var types = json.RootElement.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("type").GetString()).ToList();
        Assert.Equal(["table", "whaleCurve", "groupedBars", "histogram", "flagList"], types);
    }

    [Fact]
    public async Task CustomersReport_AsHtml_HasChartsAndNoScriptAndStrictHeaders()
    {
        var ct = TestContext.Current.CancellationToken;

        using var response = await Http.GetAsync(Api("reports/customers?format=html"), ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("reports/segments/industry?format=csv")]
    [InlineData("reports/segments/region?format=html")]
    [InlineData("reports/flags?format=json")]
    [InlineData("reports/payments?format=csv")]
    [InlineData("reports/restatements?format=json")]
    [InlineData("imports")]
    [InlineData("review")]
    [InlineData("rules")]
    [InlineData("shares")]
    public async Task ManagementEndpoints_AnswerWithTheKey_AndRefuseWithout(string path)
    {
        var ct = TestContext.Current.CancellationToken;

        using var withKey = await Http.GetAsync(Api(path), ct);
        using var withoutKey = await Http.GetAsync(new Uri("/api/" + path, UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
    }

    [Fact]
    public async Task CustomerHistory_ForAKnownCustomer_AndNotFoundForAnUnknownOne()
    {
        var ct = TestContext.Current.CancellationToken;
        var master = System.Text.Encoding.UTF8.GetString(demo.Files.Single(f => f.Name == "customers.csv").Content);
        var id = master.Split('\n')[1].Split(',')[0];

        using var known = await Http.GetAsync(Api($"reports/customers/{Uri.EscapeDataString(id)}?format=html"), ct);
        using var unknown = await Http.GetAsync(Api("reports/customers/NOPE-404?format=json"), ct);

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task BadPeriod_IsABadRequestWithAReason()
    {
        var ct = TestContext.Current.CancellationToken;

        using var response = await Http.GetAsync(Api("reports/customers?from=last-year"), ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ShareLink_OpensWithoutKey_UntilRevoked_ThenAnswersTheSame404AsGarbage()
    {
        var ct = TestContext.Current.CancellationToken;
        using var created = await Http.PostAsJsonAsync(Api("shares"), new { report = "segments", dimension = "industry", days = 7 }, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync(ct));
        var url = new Uri(body.RootElement.GetProperty("url").GetString()!, UriKind.Relative);
        var linkId = body.RootElement.GetProperty("linkId").GetString();

        using var opened = await Http.GetAsync(url, ct);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("no-store", opened.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        using var revoke = await Http.DeleteAsync(Api($"shares/{linkId}"), ct);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        using var afterRevoke = await Http.GetAsync(url, ct);
        using var garbage = await Http.GetAsync(new Uri("/api/s/not-a-token", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.NotFound, afterRevoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, garbage.StatusCode);
        Assert.Equal(await garbage.Content.ReadAsStringAsync(ct), await afterRevoke.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task ShareLink_LongerThan30Days_IsRefused()
    {
        var ct = TestContext.Current.CancellationToken;

        using var created = await Http.PostAsJsonAsync(Api("shares"), new { report = "customers", days = 31 }, ct);

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
    }

    [Fact]
    public async Task OpenApi_ListsTheRoutesAnonymously()
    {
        var ct = TestContext.Current.CancellationToken;

        var document = await Http.GetStringAsync(new Uri("/api/openapi.json", UriKind.Relative), ct);

        Assert.Contains("/reports/customers", document, StringComparison.Ordinal);
    }

    private static Uri Api(string path) => DemoServeFixture.Api(path);
}
