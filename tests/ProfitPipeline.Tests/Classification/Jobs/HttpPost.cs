using System.Text;
using Microsoft.AspNetCore.Http;

namespace ProfitPipeline.Tests.Classification.Jobs;

/// <summary>A POST with a body, as the HTTP jobs receive it from either host.</summary>
internal static class HttpPost
{
    public static HttpRequest Json(string body, string query = "") => Request("application/json", body, query);

    public static HttpRequest Csv(string body) => Request("text/csv", body, string.Empty);

    private static HttpRequest Request(string contentType, string body, string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = contentType;
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context.Request;
    }
}
