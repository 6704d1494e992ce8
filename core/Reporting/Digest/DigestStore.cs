using System.Text.Json;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Reporting.Digest;

/// <summary>
/// Rendered digests in the digests container: <c>{yyyy}-W{ww}.html</c> and <c>.txt</c> per ISO week, and a <c>latest</c>
/// pointer (JSON naming the newest week's blobs) written last, so a reader never follows it to a half-written week.
/// </summary>
internal sealed class DigestStore(FileStore files)
{
    public const string LatestPointer = "latest";

    public async Task<DigestBlobs> SaveAsync(MarginDigest digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var blobs = DigestBlobs.For(digest.Week);
        await files.WriteAsync(StorageNames.Containers.Digests, blobs.Html, BinaryData.FromString(DigestRenderer.RenderHtml(digest)), "text/html; charset=utf-8", cancellationToken);
        await files.WriteAsync(StorageNames.Containers.Digests, blobs.Text, BinaryData.FromString(DigestRenderer.RenderText(digest)), "text/plain; charset=utf-8", cancellationToken);
        await files.WriteAsync(StorageNames.Containers.Digests, LatestPointer, BinaryData.FromObjectAsJson(blobs, StoredJson.Options), "application/json", cancellationToken);
        return blobs;
    }

    /// <summary>The newest digest's blob names, or null before the first digest.</summary>
    public async Task<DigestBlobs?> LatestAsync(CancellationToken cancellationToken) =>
        await files.ReadAsync(StorageNames.Containers.Digests, LatestPointer, cancellationToken) is { } pointer
            ? JsonSerializer.Deserialize<DigestBlobs>(pointer.ToString(), StoredJson.Options)
            : null;

    /// <summary>The newest digest as HTML (<paramref name="html"/>) or text; null before the first digest.</summary>
    public async Task<string?> ReadLatestAsync(bool html, CancellationToken cancellationToken) =>
        await LatestAsync(cancellationToken) is { } latest
        && await files.ReadAsync(StorageNames.Containers.Digests, html ? latest.Html : latest.Text, cancellationToken) is { } content
            ? content.ToString()
            : null;
}

/// <summary>Where one week's digest is stored.</summary>
internal sealed record DigestBlobs(string Week, string Html, string Text)
{
    public static DigestBlobs For(IsoWeek week) => new(week.ToString(), week + ".html", week + ".txt");
}
