namespace ProfitPipeline.Ingestion;

/// <summary>The uploads container as a finance person sees it: files dropped there are ingested by whichever host runs.</summary>
public interface IUploadInbox
{
    Task DropAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Files dropped and not yet handled (handled files leave the inbox).</summary>
    Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken);
}
