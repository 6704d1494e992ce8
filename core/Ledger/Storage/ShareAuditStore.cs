using System.Globalization;
using Azure.Data.Tables;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>
/// The share-link audit trail (table <see cref="StorageNames.Tables.ShareAudit"/>): partition = link id (or "unknown" for a
/// token that names no link), row key = reversed time + a random suffix, so a link's opens read newest first.
/// </summary>
internal sealed class ShareAuditStore(StorageAccount account)
{
    public const string UnknownLink = "unknown";

    private TableClient Table => account.Table(StorageNames.Tables.ShareAudit);

    public Task AppendAsync(ShareAuditRecord record, CancellationToken cancellationToken)
    {
        var rowKey = (DateTimeOffset.MaxValue.UtcTicks - record.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)
            + "-" + Guid.NewGuid().ToString("N")[..8];
        var entity = new TableEntity(record.LinkId ?? UnknownLink, rowKey)
        {
            ["At"] = record.At,
            ["Outcome"] = record.Outcome,
        };
        return Table.AddEntityAsync(entity, cancellationToken);
    }

    /// <summary>The audit rows of one link (or of <see cref="UnknownLink"/>), newest first.</summary>
    public async Task<IReadOnlyList<ShareAuditRecord>> ListAsync(string linkId, CancellationToken cancellationToken)
    {
        var records = new List<ShareAuditRecord>();
        await foreach (var e in Table.QueryAsync<TableEntity>(e => e.PartitionKey == linkId, cancellationToken: cancellationToken))
        {
            records.Add(new ShareAuditRecord(e.PartitionKey == UnknownLink ? null : e.PartitionKey, e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue, e.RequiredString("Outcome")));
        }

        return records;
    }
}
