using ProfitPipeline.Classification.Learning;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>
/// Retrains asked for over HTTP: a trigger blob per request in <see cref="StorageNames.Containers.RetrainRequests"/>, and its
/// state in <see cref="StorageNames.Containers.Retrains"/>, one JSON document per request, rewritten as it runs.
/// </summary>
internal sealed class RetrainRequestStore(FileStore files, TimeProvider time)
{
    private const string Extension = ".json";

    /// <summary>How long a request's state can still be read.</summary>
    public static TimeSpan KeptFor { get; } = TimeSpan.FromDays(90);

    /// <summary>
    /// A new request, recorded as queued before its trigger is dropped: a trigger never fires for a request nobody can read.
    /// The states of requests asked for more than <see cref="KeptFor"/> ago go, so the container does not grow for ever.
    /// </summary>
    public async Task<RetrainRequest> QueueAsync(CancellationToken cancellationToken)
    {
        var request = RetrainRequest.Queue(time.GetUtcNow());
        await SaveAsync(request, cancellationToken);
        await files.WriteAsync(StorageNames.Containers.RetrainRequests, BlobName(request.Id), BinaryData.FromString("{}"), "application/json", cancellationToken);
        foreach (var name in await files.ListAsync(StorageNames.Containers.Retrains, cancellationToken))
        {
            if (RetrainRequest.RequestedAtOf(IdOf(name)) < request.RequestedAt - KeptFor)
            {
                await files.DeleteIfExistsAsync(StorageNames.Containers.Retrains, name, cancellationToken);
            }
        }

        return request;
    }

    public Task SaveAsync(RetrainRequest request, CancellationToken cancellationToken) =>
        files.WriteAsync(StorageNames.Containers.Retrains, BlobName(request.Id), BinaryData.FromObjectAsJson(request, StoredJson.Options), "application/json", cancellationToken);

    /// <summary>The request's state; null for an id never queued.</summary>
    public async Task<RetrainRequest?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var content = await files.ReadAsync(StorageNames.Containers.Retrains, BlobName(id), cancellationToken);
        return content?.ToObjectFromJson<RetrainRequest>(StoredJson.Options);
    }

    /// <summary>Removes the trigger once the request has run, so that neither host runs it again.</summary>
    public Task RemoveTriggerAsync(string blobName, CancellationToken cancellationToken) =>
        files.DeleteIfExistsAsync(StorageNames.Containers.RetrainRequests, blobName, cancellationToken);

    /// <summary>The request id a trigger blob's name carries; null for any other blob.</summary>
    public static string? IdOf(string blobName)
    {
        var id = blobName.EndsWith(Extension, StringComparison.Ordinal) ? blobName[..^Extension.Length] : null;
        return RetrainRequest.IsId(id) ? id : null;
    }

    private static string BlobName(string id) => id + Extension;
}
