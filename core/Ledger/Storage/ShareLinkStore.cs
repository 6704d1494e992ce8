using Azure;
using Azure.Data.Tables;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>
/// Share links (table <see cref="StorageNames.Tables.ShareLinks"/>): one row per link id. The token is never stored: it is
/// derived from the link id by Data Protection and handed to the creator only.
/// </summary>
internal sealed class ShareLinkStore(StorageAccount account)
{
    private const string Partition = "link";
    private const int RevokeAttempts = 3;

    private TableClient Table => account.Table(StorageNames.Tables.ShareLinks);

    public Task AddAsync(ShareLinkRecord link, CancellationToken cancellationToken) =>
        TableBatches.InsertOnlyAsync(Table, ToEntity(link), cancellationToken);

    public async Task<ShareLinkRecord?> GetAsync(string linkId, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, linkId, cancellationToken: cancellationToken);
        return response.HasValue ? ToRecord(response.Value!) : null;
    }

    /// <summary>Every link, newest first.</summary>
    public async Task<IReadOnlyList<ShareLinkRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var links = new List<ShareLinkRecord>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            links.Add(ToRecord(entity));
        }

        return links.OrderByDescending(l => l.CreatedAt).ToList();
    }

    /// <summary>Marks one link revoked (ETag-checked, re-read on a concurrent change); false if there is no such link.</summary>
    public async Task<bool> RevokeAsync(string linkId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var link = await GetAsync(linkId, cancellationToken);
            if (link is null)
            {
                return false;
            }

            if (link.Revoked)
            {
                return true;
            }

            try
            {
                await TableBatches.ReplaceIfUnchangedAsync(Table, ToEntity(link with { Revoked = true }), new ETag(link.ETag), cancellationToken);
                return true;
            }
            catch (ConcurrencyConflictException) when (attempt < RevokeAttempts)
            {
                // Changed between read and write: read again and retry.
            }
        }
    }

    private static TableEntity ToEntity(ShareLinkRecord link) => new(Partition, link.LinkId)
    {
        ["ReportName"] = link.ReportName,
        ["Filter"] = link.FilterJson,
        ["CreatedAt"] = link.CreatedAt,
        ["ExpiresAt"] = link.ExpiresAt,
        ["Revoked"] = link.Revoked,
        ["CreatedBy"] = link.CreatedBy,
    };

    private static ShareLinkRecord ToRecord(TableEntity e) => new(
        e.RowKey,
        e.RequiredString("ReportName"),
        e.GetString("Filter") ?? "{}",
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue,
        e.GetBoolean("Revoked") ?? false,
        e.GetString("CreatedBy") ?? string.Empty,
        e.ETag.ToString());
}
