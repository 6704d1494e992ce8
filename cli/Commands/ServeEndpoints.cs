using System.Text;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Cli.Commands;

/// <summary>The URLs <c>profit serve</c> prints: every GET endpoint of the catalog, with the key where one is needed.</summary>
internal sealed record ServeEndpoints(string BaseUrl, string ApiKey, IReadOnlyList<ServeEndpoint> Endpoints)
{
    public static ServeEndpoints For(string baseUrl, string apiKey) =>
        new(
            baseUrl,
            apiKey,
            PipelineCatalog.Jobs
                .Select(j => j.Trigger)
                .OfType<HttpTrigger>()
                .Where(h => h.Method == "GET" && !h.Route.Contains('{', StringComparison.Ordinal))
                .Select(h => new ServeEndpoint(h.Route, Url(baseUrl, h, apiKey)))
                .ToList());

    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine("profit serve is running. Reports and endpoints:");
        foreach (var endpoint in Endpoints)
        {
            text.Append("  ").AppendLine(endpoint.Url);
        }

        text.Append("Management key (x-functions-key header or ?code=): ").AppendLine(ApiKey);
        text.Append("Drop files into the 'uploads' container to ingest them. Ctrl+C stops.");
        return text.ToString();
    }

    private static string Url(string baseUrl, HttpTrigger http, string apiKey)
    {
        var url = $"{baseUrl.TrimEnd('/')}/api/{http.Route}";
        if (http.Route.StartsWith("reports/", StringComparison.Ordinal) || http.Route == PipelineCatalog.Routes.ReviewSheet)
        {
            url += "?format=html";
        }

        return http.Access == EndpointAccess.Function ? url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "code=" + apiKey : url;
    }
}

internal sealed record ServeEndpoint(string Route, string Url);
