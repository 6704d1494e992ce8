using ProfitPipeline.Ingestion;

namespace ProfitPipeline.Ledger.Storage;

internal sealed class BlobUploadInbox(FileStore files) : IUploadInbox
{
    public Task DropAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        files.WriteAsync(StorageNames.Containers.Uploads, name, BinaryData.FromBytes(content), "application/octet-stream", cancellationToken);

    public Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken) =>
        files.ListAsync(StorageNames.Containers.Uploads, cancellationToken);
}
