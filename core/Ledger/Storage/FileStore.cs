using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>Files in blob containers: dropped uploads, quarantined and processed files, reports and digests.</summary>
internal sealed class FileStore(StorageAccount account)
{
    public async Task<IReadOnlyList<string>> ListAsync(string container, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var item in account.Container(container).GetBlobsAsync(cancellationToken: cancellationToken))
        {
            names.Add(item.Name);
        }

        return names;
    }

    /// <summary>Downloads a blob to a new temp file (streamed, never whole in memory); null if the blob is gone.</summary>
    public async Task<string?> DownloadToTempFileAsync(string container, string name, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), "profitpipeline-" + Guid.NewGuid().ToString("N"));
        try
        {
            await account.Container(container).GetBlobClient(name).DownloadToAsync(path, cancellationToken);
            return path;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            File.Delete(path);
            return null;
        }
    }

    public async Task UploadFileAsync(string container, string name, string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        await account.Container(container).GetBlobClient(name).UploadAsync(stream, overwrite: true, cancellationToken);
    }

    public async Task WriteAsync(string container, string name, BinaryData content, string contentType, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
        await account.Container(container).GetBlobClient(name).UploadAsync(content, options, cancellationToken);
    }

    public async Task<BinaryData?> ReadAsync(string container, string name, CancellationToken cancellationToken)
    {
        try
        {
            var result = await account.Container(container).GetBlobClient(name).DownloadContentAsync(cancellationToken);
            return result.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public Task DeleteIfExistsAsync(string container, string name, CancellationToken cancellationToken) =>
        account.Container(container).GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken);
}
