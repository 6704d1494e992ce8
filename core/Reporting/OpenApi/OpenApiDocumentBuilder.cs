using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Reporting.Rendering;

namespace ProfitPipeline.Reporting.OpenApi;

/// <summary>
/// The OpenAPI 3.0 description of the HTTP endpoints, built from the catalog so it cannot drift from the routes the hosts
/// map: paths and methods, route and query parameters, the function-key security schemes, and responses per content type.
/// </summary>
internal static partial class OpenApiDocumentBuilder
{
    private const string HeaderScheme = "functionKeyHeader";
    private const string QueryScheme = "functionKeyQuery";

    public static JsonObject Build(string version = "1.0.0")
    {
        var paths = new JsonObject();
        foreach (var route in ApiOperations.All().GroupBy(o => o.Route, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var item = new JsonObject();
            foreach (var operation in route.OrderBy(o => o.Method, StringComparer.Ordinal))
            {
                item[operation.Method.ToLowerInvariant()] = Operation(operation);
            }

            paths["/" + route.Key] = item;
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject
            {
                ["title"] = "ProfitPipeline",
                ["version"] = version,
                ["description"] = "Customer and segment profitability from a small business's exports. Reports answer JSON, CSV or HTML.",
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/api" }),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    [HeaderScheme] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = ApiKeyCheck.Header },
                    [QueryScheme] = new JsonObject { ["type"] = "apiKey", ["in"] = "query", ["name"] = ApiKeyCheck.QueryParameter },
                },
            },
        };
    }

    public static string BuildJson() => Build().ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static JsonObject Operation(ApiOperation operation)
    {
        var routeParameters = RouteParameter().Matches(operation.Route).Select(m => m.Groups[1].Value).ToList();
        var parameters = new JsonArray();
        foreach (var name in routeParameters)
        {
            parameters.Add(Parameter(name, "path", required: true, "Route value."));
        }

        if (operation.Kind == ApiResponseKind.Report)
        {
            parameters.Add(Parameter(ReportFormatNegotiation.FormatParameter, "query", required: false, "Output format; wins over the Accept header.", ["json", "csv", "html"]));
            parameters.Add(Parameter(ReportSortQuery.SortParameter, "query", required: false, "Column key to sort the table by."));
            parameters.Add(Parameter(ReportSortQuery.DirectionParameter, "query", required: false, "Sort direction.", ["asc", "desc"]));
            parameters.Add(Parameter("from", "query", required: false, "First period included (yyyy-MM)."));
            parameters.Add(Parameter("to", "query", required: false, "Last period included (yyyy-MM)."));
            if (!routeParameters.Contains("dimension", StringComparer.Ordinal))
            {
                parameters.Add(Parameter("dimension", "query", required: false, "Dimension to filter on (e.g. segment)."));
            }

            parameters.Add(Parameter("member", "query", required: false, "Member of the dimension to keep (e.g. Retail)."));
        }
        else if (operation.Kind == ApiResponseKind.Document)
        {
            parameters.Add(Parameter(ReportFormatNegotiation.FormatParameter, "query", required: false, "html (default) or text.", ["html", "text"]));
        }

        foreach (var query in operation.Query)
        {
            parameters.Add(Parameter(query.Name, "query", required: false, query.Description, query.Values));
        }

        var result = new JsonObject
        {
            ["operationId"] = operation.Name,
            ["summary"] = operation.Summary,
            ["parameters"] = parameters,
            ["responses"] = Responses(operation, routeParameters.Count > 0),
            ["security"] = operation.Access == EndpointAccess.Function
                ? new JsonArray(new JsonObject { [HeaderScheme] = new JsonArray() }, new JsonObject { [QueryScheme] = new JsonArray() })
                : new JsonArray(),
        };
        if (operation.Kind is ApiResponseKind.JsonCommand or ApiResponseKind.CsvCommand)
        {
            var (contentType, type) = operation.Kind == ApiResponseKind.JsonCommand ? ("application/json", "object") : ("text/csv", "string");
            result["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { [contentType] = new JsonObject { ["schema"] = new JsonObject { ["type"] = type } } },
            };
        }

        return result;
    }

    private static JsonObject Responses(ApiOperation operation, bool hasRouteValues)
    {
        var responses = new JsonObject();
        switch (operation.Kind)
        {
            case ApiResponseKind.Report:
                responses["200"] = Response("The report.", ("application/json", "object"), ("text/csv", "string"), ("text/html", "string"));
                break;
            case ApiResponseKind.Document:
                responses["200"] = Response("The document.", ("text/html", "string"), ("text/plain", "string"));
                break;
            case ApiResponseKind.NoContent:
                responses["204"] = new JsonObject { ["description"] = "Done." };
                break;
            case ApiResponseKind.JsonCommand:
                responses["200"] = Response("Accepted; the result.", ("application/json", "object"));
                responses["400"] = new JsonObject { ["description"] = "The request body is not valid." };
                break;
            case ApiResponseKind.CsvFile:
                responses["200"] = Response("The file, or with format=html or json its rows as a page.", ("text/csv", "string"), ("text/html", "string"), ("application/json", "object"));
                break;
            case ApiResponseKind.Accepted:
                responses["202"] = Response("Queued; its state now.", ("application/json", "object"));
                responses["202"]!["headers"] = new JsonObject
                {
                    ["Location"] = new JsonObject
                    {
                        ["description"] = "Where to read its state until it is done.",
                        ["schema"] = new JsonObject { ["type"] = "string" },
                    },
                };
                break;
            case ApiResponseKind.CsvCommand:
                responses["200"] = Response("Accepted; the result.", ("application/json", "object"));
                responses["400"] = new JsonObject { ["description"] = "The request body is not valid." };
                responses["413"] = new JsonObject { ["description"] = "The request body is too large." };
                break;
            default:
                responses["200"] = Response("The data.", ("application/json", "object"));
                break;
        }

        if (operation.Paged)
        {
            responses["200"]!["headers"] = new JsonObject
            {
                ["Link"] = new JsonObject
                {
                    ["description"] = "When more rows match: <url>; rel=\"next\", the same query for the next page.",
                    ["schema"] = new JsonObject { ["type"] = "string" },
                },
            };
        }

        if (operation.Query.Count > 0)
        {
            responses["400"] = new JsonObject { ["description"] = "A query value cannot be read; the problem names it and says why." };
        }

        if (operation.Access == EndpointAccess.Function)
        {
            responses["401"] = new JsonObject { ["description"] = "No valid function key." };
        }

        if (hasRouteValues || operation.Kind == ApiResponseKind.Document || operation.NotFoundBeforeFirst)
        {
            responses["404"] = new JsonObject { ["description"] = "Not found." };
        }

        return responses;
    }

    private static JsonObject Response(string description, params (string MediaType, string SchemaType)[] contents)
    {
        var content = new JsonObject();
        foreach (var (mediaType, schemaType) in contents)
        {
            content[mediaType] = new JsonObject { ["schema"] = new JsonObject { ["type"] = schemaType } };
        }

        return new JsonObject { ["description"] = description, ["content"] = content };
    }

    private static JsonObject Parameter(string name, string location, bool required, string description, IReadOnlyList<string>? values = null)
    {
        var schema = new JsonObject { ["type"] = "string" };
        if (values is not null)
        {
            schema["enum"] = new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
        }

        return new JsonObject { ["name"] = name, ["in"] = location, ["required"] = required, ["description"] = description, ["schema"] = schema };
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex RouteParameter();
}
