using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Reporting.OpenApi;

/// <summary>What an endpoint answers with, which decides its query parameters and response content types.</summary>
internal enum ApiResponseKind
{
    /// <summary>A report: format/sort/period/filter parameters; JSON, CSV or HTML.</summary>
    Report,

    /// <summary>JSON data.</summary>
    Json,

    /// <summary>Takes a JSON body, answers JSON.</summary>
    JsonCommand,

    /// <summary>An empty success (204).</summary>
    NoContent,

    /// <summary>A stored HTML or text document (the digest).</summary>
    Document,
}

/// <summary>One HTTP operation of the catalog as the OpenAPI description shows it.</summary>
internal sealed record ApiOperation(string Name, string Method, string Route, EndpointAccess Access, ApiResponseKind Kind, string Summary);
