namespace ProfitPipeline.Reporting.Sharing;

/// <summary>Share-link settings (section <c>ProfitPipeline:Sharing</c>).</summary>
public sealed class SharingOptions
{
    public const string SectionName = "ProfitPipeline:Sharing";

    /// <summary>How long a link lives when its creator does not say (at most 30 days).</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The public base URL share links are printed with, e.g. https://app.azurewebsites.net; relative links when empty.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// The Key Vault key meant to wrap the Data Protection key ring. Not applied yet: the wrapping package
    /// (Azure.Extensions.AspNetCore.DataProtection.Keys) is not available to this build, so the key ring is protected by the
    /// storage account's encryption at rest and its identity-scoped access only.
    /// </summary>
    public string? KeyVaultKeyUri { get; set; }

    public string LinkUrl(string path) => (PublicBaseUrl?.TrimEnd('/') ?? string.Empty) + "/api/" + path;
}
