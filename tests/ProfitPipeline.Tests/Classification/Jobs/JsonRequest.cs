using System.Text;
using Microsoft.AspNetCore.Http;

namespace ProfitPipeline.Tests.Classification.Jobs;

/// <summary>A POST with a JSON body, as the HTTP jobs receive it from either host.</summary>
internal static class JsonRequest
{
    public static HttpRequest Post(string body, string query = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context.Request;
    }
}
