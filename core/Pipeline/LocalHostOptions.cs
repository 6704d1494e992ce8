namespace ProfitPipeline.Pipeline;

/// <summary>Settings of the one-machine host, <c>profit serve</c> (section <c>ProfitPipeline:Local</c>).</summary>
public sealed class LocalHostOptions
{
    public const string SectionName = "ProfitPipeline:Local";

    /// <summary>How often each blob job's container (uploads, retrain requests) is polled for new blobs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The key management endpoints require (x-functions-key header or ?code=).</summary>
    public string ApiKey { get; set; } = string.Empty;
}
