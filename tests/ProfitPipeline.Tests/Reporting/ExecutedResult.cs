using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ProfitPipeline.Tests.Reporting;

/// <summary>An IResult run against an in-memory HttpContext: what a client would receive.</summary>
internal sealed record ExecutedResult(int Status, IHeaderDictionary Headers, string? ContentType, byte[] Body)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Body).TrimStart('\uFEFF');

    public static HttpRequest Request(string query = "", string? accept = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/api/reports/customers";
        context.Request.QueryString = new QueryString(query);
        if (accept is not null)
        {
            context.Request.Headers.Accept = accept;
        }

        return context.Request;
    }

    public static async Task<ExecutedResult> RunAsync(IResult result)
    {
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider(),
        };
        using var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteAsync(context);
        return new ExecutedResult(context.Response.StatusCode, context.Response.Headers, context.Response.ContentType, body.ToArray());
    }
}
