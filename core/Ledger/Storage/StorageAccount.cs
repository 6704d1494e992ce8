using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>
/// The pipeline's storage account: blob containers and tables by name, created idempotently at start-up.
/// The SDK retries throttling and server errors (408, 429, 500, 502, 503, 504) with exponential backoff.
/// </summary>
internal sealed class StorageAccount
{
    private readonly BlobServiceClient _blobs;
    private readonly TableServiceClient _tables;
    private readonly string _prefix;

    public StorageAccount(IOptions<StorageOptions> options)
    {
        var settings = options.Value;
        _prefix = settings.NamePrefix;
        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        ConfigureRetry(blobOptions.Retry);
        ConfigureRetry(tableOptions.Retry);

        if (settings.UsesIdentity)
        {
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = settings.ManagedIdentityClientId });
            var tableUri = settings.TableServiceUri ?? throw new InvalidOperationException("TableServiceUri is required with BlobServiceUri.");
            _blobs = new BlobServiceClient(settings.BlobServiceUri, credential, blobOptions);
            _tables = new TableServiceClient(tableUri, credential, tableOptions);
        }
        else
        {
            _blobs = new BlobServiceClient(settings.ConnectionString, blobOptions);
            _tables = new TableServiceClient(settings.ConnectionString, tableOptions);
        }
    }

    public BlobContainerClient Container(string name) => _blobs.GetBlobContainerClient(_prefix + name);

    public TableClient Table(string name) => _tables.GetTableClient(_prefix + name);

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var container in StorageNames.Containers.All)
        {
            await Container(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var table in StorageNames.Tables.All)
        {
            await Table(table).CreateIfNotExistsAsync(cancellationToken);
        }
    }

    private static void ConfigureRetry(RetryOptions retry)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = 5;
        retry.Delay = TimeSpan.FromMilliseconds(200);
        retry.MaxDelay = TimeSpan.FromSeconds(10);
    }
}
