using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>
/// The current model version, the ETag a promotion must present, and, once people's answers on its spot checks showed its
/// accepted tags less precise than the target, what they showed (a promotion starts clean); and the model's own first spot checks
/// among the rows it accepted at promotion (null for pointers written before they existed).
/// </summary>
public sealed record CurrentModelPointer(string Version, string ETag, string? SpotChecksFailed = null, FirstSpotChecks? FirstSpotChecks = null);

/// <summary>
/// Versioned models in blob storage: <c>{version}/model.zip</c> with <c>{version}/metrics.json</c> beside it, written once; and a
/// <c>current.json</c> pointer that a promotion replaces only if nobody else promoted since it was read.
/// </summary>
internal sealed class ModelStore(StorageAccount account)
{
    private const string Pointer = "current.json";

    public async Task SaveAsync(TaggingModel model, ModelMetrics metrics, CancellationToken cancellationToken)
    {
        var container = account.Container(StorageNames.Containers.Models);
        using var content = new MemoryStream();
        model.Save(content);
        content.Position = 0;
        var once = new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } };
        await Guard(() => container.GetBlobClient($"{model.Version}/model.zip").UploadAsync(content, once, cancellationToken));
        await Guard(() => container.GetBlobClient($"{model.Version}/metrics.json").UploadAsync(BinaryData.FromObjectAsJson(metrics), once, cancellationToken));
    }

    public async Task<CurrentModelPointer?> GetCurrentAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await account.Container(StorageNames.Containers.Models).GetBlobClient(Pointer).DownloadContentAsync(cancellationToken);
            var document = result.Value.Content.ToObjectFromJson<PointerDocument>();
            return document?.Version is null ? null : new CurrentModelPointer(document.Version, result.Value.Details.ETag.ToString(), document.SpotChecksFailed, document.FirstSpotChecks);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<TaggingModel> LoadAsync(string version, CancellationToken cancellationToken)
    {
        var result = await account.Container(StorageNames.Containers.Models).GetBlobClient($"{version}/model.zip").DownloadContentAsync(cancellationToken);
        using var stream = result.Value.Content.ToStream();
        return TaggingModel.Load(version, stream);
    }

    public async Task<ModelMetrics?> GetMetricsAsync(string version, CancellationToken cancellationToken)
    {
        try
        {
            var result = await account.Container(StorageNames.Containers.Models).GetBlobClient($"{version}/metrics.json").DownloadContentAsync(cancellationToken);
            return result.Value.Content.ToObjectFromJson<ModelMetrics>();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// The metrics of the latest model trained, promoted or not (versions start with their UTC training time, so the latest
    /// sorts last); null before the first.
    /// </summary>
    public async Task<ModelMetrics?> GetLatestMetricsAsync(CancellationToken cancellationToken)
    {
        string? latest = null;
        await foreach (var item in account.Container(StorageNames.Containers.Models).GetBlobsByHierarchyAsync(BlobTraits.None, BlobStates.None, delimiter: "/", prefix: null, cancellationToken))
        {
            if (item.IsPrefix && (latest is null || string.CompareOrdinal(item.Prefix, latest) > 0))
            {
                latest = item.Prefix;
            }
        }

        return latest is null ? null : await GetMetricsAsync(latest.TrimEnd('/'), cancellationToken);
    }

    /// <summary>
    /// Points "current" at <paramref name="version"/>; <paramref name="expectedETag"/> null means no model was current.
    /// <paramref name="first"/>: its own first spot checks among the ledger's rows it accepts as it is promoted.
    /// </summary>
    public async Task PromoteAsync(string version, string? expectedETag, FirstSpotChecks first, CancellationToken cancellationToken)
    {
        var conditions = expectedETag is null
            ? new BlobRequestConditions { IfNoneMatch = ETag.All }
            : new BlobRequestConditions { IfMatch = new ETag(expectedETag) };
        await WritePointerAsync(new PointerDocument(version, FirstSpotChecks: first), conditions, cancellationToken);
    }

    /// <summary>Records on the pointer that spot checks failed for the current model, if nobody changed the pointer since it was read.</summary>
    public async Task MarkSpotChecksFailedAsync(CurrentModelPointer current, string failed, CancellationToken cancellationToken)
    {
        await WritePointerAsync(new PointerDocument(current.Version, failed, current.FirstSpotChecks), new BlobRequestConditions { IfMatch = new ETag(current.ETag) }, cancellationToken);
    }

    private Task WritePointerAsync(PointerDocument document, BlobRequestConditions conditions, CancellationToken cancellationToken)
    {
        var pointer = account.Container(StorageNames.Containers.Models).GetBlobClient(Pointer);
        return Guard(() => pointer.UploadAsync(BinaryData.FromObjectAsJson(document), new BlobUploadOptions { Conditions = conditions }, cancellationToken));
    }

    private static async Task Guard(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            throw new ConcurrencyConflictException("Another writer changed the model store first.", e);
        }
    }

    private sealed record PointerDocument(string Version, string? SpotChecksFailed = null, FirstSpotChecks? FirstSpotChecks = null);
}
