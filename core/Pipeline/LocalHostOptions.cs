namespace ProfitPipeline.Pipeline;

/// <summary>Settings of the one-machine host, <c>profit serve</c> (section <c>ProfitPipeline:Local</c>).</summary>
public sealed class LocalHostOptions
{
    public const string SectionName = "ProfitPipeline:Local";

    /// <summary>How often the uploads container is polled for new files.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The key management endpoints require (x-functions-key header or ?code=).</summary>
    public string ApiKey { get; set; } = string.Empty;
}
