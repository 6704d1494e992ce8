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

    /// <summary>A CSV file to download (the review sheet).</summary>
    CsvFile,

    /// <summary>Takes a CSV body, answers JSON.</summary>
    CsvCommand,

    /// <summary>An empty success (204).</summary>
    NoContent,

    /// <summary>A stored HTML or text document (the digest).</summary>
    Document,

    /// <summary>Takes no body; queues work and answers 202 with its state and a <c>Location</c> to read it from.</summary>
    Accepted,
}

/// <summary>One HTTP operation of the catalog as the OpenAPI description shows it.</summary>
internal sealed record ApiOperation(string Name, string Method, string Route, EndpointAccess Access, ApiResponseKind Kind, string Summary)
{
    /// <summary>Query parameters of a JSON operation (reports and documents have theirs by kind).</summary>
    public IReadOnlyList<ApiQueryParameter> Query { get; init; } = [];

    /// <summary>Whether a 200 may carry a <c>Link: &lt;...&gt;; rel="next"</c> header to the next page.</summary>
    public bool Paged { get; init; }

    /// <summary>Whether a route without values may still answer 404, as one whose thing does not exist yet (the first model) does.</summary>
    public bool NotFoundBeforeFirst { get; init; }
}

/// <summary>A query parameter: its name, what it means, and its values when they are a fixed set.</summary>
internal sealed record ApiQueryParameter(string Name, string Description, IReadOnlyList<string>? Values = null);
