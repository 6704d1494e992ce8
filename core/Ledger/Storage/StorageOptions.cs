namespace ProfitPipeline.Ledger.Storage;

/// <summary>
/// Where the pipeline's data lives. Locally a connection string (Azurite by default); in Azure the account's service URIs
/// with a managed identity, so no key is ever configured.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "ProfitPipeline:Storage";

    public const string DevelopmentConnectionString = "UseDevelopmentStorage=true";

    /// <summary>A storage connection string. Ignored when <see cref="BlobServiceUri"/> is set.</summary>
    public string ConnectionString { get; set; } = DevelopmentConnectionString;

    /// <summary>The account's blob endpoint, for identity-based access (e.g. https://acct.blob.core.windows.net).</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>The account's table endpoint, for identity-based access.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>The client id of the user-assigned managed identity, when there is one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>A prefix for every container and table name, so tests and tenants can share an account.</summary>
    public string NamePrefix { get; set; } = string.Empty;

    public bool UsesIdentity => BlobServiceUri is not null;
}
