namespace ProfitPipeline.Reporting.Digest;

/// <summary>Settings of the weekly digest (section <c>ProfitPipeline:Digest</c>).</summary>
internal sealed class DigestOptions
{
    public const string SectionName = "ProfitPipeline:Digest";

    /// <summary>A Teams or Slack incoming-webhook URL; none means the digest is only stored. A secret: never logged.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>Retries after the first attempt, on 5xx, 408, 429 and timeouts.</summary>
    public int WebhookRetries { get; set; } = 4;

    /// <summary>The first retry's delay; each next one doubles (2 s, 4 s, 8 s, 16 s by default).</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan WebhookAttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
