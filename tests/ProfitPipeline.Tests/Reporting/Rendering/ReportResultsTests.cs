using ProfitPipeline.Reporting.Rendering;

namespace ProfitPipeline.Tests.Reporting.Rendering;

public sealed class ReportResultsTests
{
    [Theory]
    [InlineData("", null, "application/json; charset=utf-8")]
    [InlineData("", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", "text/html; charset=utf-8")]
    [InlineData("", "text/csv", "text/csv; charset=utf-8")]
    [InlineData("", "application/json;q=0.5, text/csv;q=0.9", "text/csv; charset=utf-8")]
    [InlineData("", "image/png", "application/json; charset=utf-8")]
    [InlineData("?format=csv", "text/html", "text/csv; charset=utf-8")]
    [InlineData("?format=HTML", "application/json", "text/html; charset=utf-8")]
    [InlineData("?format=xml", "text/html", "text/html; charset=utf-8")]
    public async Task Negotiation_FormatParameterWins_ThenAccept_ThenJson(string query, string? accept, string expected)
    {
        var result = await ExecutedResult.RunAsync(ReportResults.Render(ReportSamples.Hostile(), ExecutedResult.Request(query, accept)));

        Assert.Equal(200, result.Status);
        Assert.Equal(expected, result.ContentType);
    }

    [Theory]
    [InlineData("?format=json")]
    [InlineData("?format=csv")]
    [InlineData("?format=html")]
    public async Task EveryFormat_CarriesTheSecurityHeaders(string query)
    {
        var result = await ExecutedResult.RunAsync(ReportResults.Render(ReportSamples.Hostile(), ExecutedResult.Request(query)));

        AssertSecurityHeaders(result);
        Assert.NotEmpty(result.Body);
    }

    [Fact]
    public async Task Csv_IsADownloadNamedAfterTheReport()
    {
        var result = await ExecutedResult.RunAsync(ReportResults.Render(ReportSamples.Hostile(), ExecutedResult.Request("?format=csv")));

        Assert.Contains("filename=customers.csv", result.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShareNotFound_Is404WithTheSecurityHeaders()
    {
        var result = await ExecutedResult.RunAsync(ReportResults.ShareNotFound());

        Assert.Equal(404, result.Status);
        Assert.Equal("Not found.", result.Text);
        AssertSecurityHeaders(result);
    }

    internal static void AssertSecurityHeaders(ExecutedResult result)
    {
        Assert.Equal("no-store", result.Headers.CacheControl.ToString());
        Assert.Equal("no-referrer", result.Headers["Referrer-Policy"].ToString());
        Assert.Equal("nosniff", result.Headers.XContentTypeOptions.ToString());
        var csp = result.Headers.ContentSecurityPolicy.ToString();
        Assert.StartsWith("default-src 'none'; style-src 'sha256-", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data:", csp, StringComparison.Ordinal);
    }
}
