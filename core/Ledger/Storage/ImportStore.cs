using Azure;
using Azure.Data.Tables;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>
/// The imports table: one row per file content (SHA-256). An import is claimed with an insert-only write, so a second or
/// concurrent delivery of the same bytes cannot start it twice, and marked complete last.
/// </summary>
internal sealed class ImportStore(StorageAccount account)
{
    private const string Partition = "import";

    private TableClient Table => account.Table(StorageNames.Tables.Imports);

    /// <summary>Claims the import; on conflict returns the record that holds it (claimed by another writer, or finished).</summary>
    public async Task<(bool Claimed, ImportRecord Record)> ClaimAsync(ImportId id, string fileName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, id.Value)
        {
            ["FileName"] = fileName,
            ["Status"] = ImportRecord.Claimed,
            ["ClaimedAt"] = now,
        };
        try
        {
            await TableBatches.InsertOnlyAsync(Table, entity, cancellationToken);
            return (true, (await GetAsync(id, cancellationToken))!);
        }
        catch (ConcurrencyConflictException)
        {
            return (false, (await GetAsync(id, cancellationToken))!);
        }
    }

    /// <summary>Takes over a stale claim (its writer crashed); throws <see cref="ConcurrencyConflictException"/> if another writer took it first.</summary>
    public async Task<ImportRecord> ReclaimAsync(ImportRecord stale, string fileName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, stale.Id.Value)
        {
            ["FileName"] = fileName,
            ["Status"] = ImportRecord.Claimed,
            ["ClaimedAt"] = now,
        };
        await TableBatches.ReplaceIfUnchangedAsync(Table, entity, new ETag(stale.ETag), cancellationToken);
        return (await GetAsync(stale.Id, cancellationToken))!;
    }

    public Task FinishAsync(ImportRecord claim, string status, string format, int transactions, int duplicates, int rejected, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, claim.Id.Value)
        {
            ["FileName"] = claim.FileName,
            ["Status"] = status,
            ["ClaimedAt"] = claim.ClaimedAt,
            ["CompletedAt"] = now,
            ["Format"] = format,
            ["Transactions"] = transactions,
            ["Duplicates"] = duplicates,
            ["Rejected"] = rejected,
        };
        return TableBatches.ReplaceIfUnchangedAsync(Table, entity, new ETag(claim.ETag), cancellationToken);
    }

    public async Task<ImportRecord?> GetAsync(ImportId id, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, id.Value, cancellationToken: cancellationToken);
        return response.HasValue ? ToRecord(response.Value!) : null;
    }

    public async Task<IReadOnlyList<ImportRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var records = new List<ImportRecord>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            records.Add(ToRecord(entity));
        }

        return records;
    }

    public async Task<IReadOnlySet<ImportId>> CompleteImportIdsAsync(CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).Where(r => r.Status == ImportRecord.Complete).Select(r => r.Id).ToHashSet();

    private static ImportRecord ToRecord(TableEntity e) => new(
        ImportId.Parse(e.RowKey),
        e.GetString("FileName") ?? string.Empty,
        e.RequiredString("Status"),
        e.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("CompletedAt"),
        e.GetString("Format"),
        e.GetInt32("Transactions") ?? 0,
        e.GetInt32("Duplicates") ?? 0,
        e.GetInt32("Rejected") ?? 0,
        e.ETag.ToString());
}
