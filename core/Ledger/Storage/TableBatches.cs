using Azure;
using Azure.Data.Tables;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>Writes entities as entity-group transactions: one partition per transaction, at most 100 entities each.</summary>
internal static class TableBatches
{
    public const int MaxBatchSize = 100;

    // Batches in flight at once: while the service applies one, the next is serialised and sent. More than a few only queue up.
    private const int BatchesInFlight = 4;

    /// <summary>Upserts (replace) every entity; returns how many transactions were submitted.</summary>
    public static Task<int> UpsertAsync(TableClient table, IEnumerable<ITableEntity> entities, CancellationToken cancellationToken) =>
        SubmitAsync(table, entities, TableTransactionActionType.UpsertReplace, cancellationToken);

    /// <summary>Merges every entity's properties into the stored entity (creating it if missing); returns how many transactions were submitted.</summary>
    public static Task<int> MergeAsync(TableClient table, IEnumerable<ITableEntity> entities, CancellationToken cancellationToken) =>
        SubmitAsync(table, entities, TableTransactionActionType.UpsertMerge, cancellationToken);

    private static async Task<int> SubmitAsync(TableClient table, IEnumerable<ITableEntity> entities, TableTransactionActionType action, CancellationToken cancellationToken)
    {
        var batches = entities
            .GroupBy(e => e.PartitionKey, StringComparer.Ordinal)
            .SelectMany(partition => partition.Chunk(MaxBatchSize))
            .ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = BatchesInFlight, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(batches, options, async (chunk, ct) =>
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(action, e)), ct));
        return batches.Count;
    }

    /// <summary>Inserts an entity that must not exist yet; a second writer gets <see cref="ConcurrencyConflictException"/>.</summary>
    public static async Task InsertOnlyAsync(TableClient table, ITableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            throw new ConcurrencyConflictException("The record exists already.", e);
        }
    }

    /// <summary>Replaces an entity only if nobody changed it since <paramref name="etag"/> was read.</summary>
    public static async Task<ETag> ReplaceIfUnchangedAsync(TableClient table, ITableEntity entity, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            var response = await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken);
            return response.Headers.ETag ?? ETag.All;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            throw new ConcurrencyConflictException("The record changed since it was read.", e);
        }
    }
}
