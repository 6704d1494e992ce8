using Azure;
using Azure.Data.Tables;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>Writes entities as entity-group transactions: one partition per transaction, at most 100 entities each.</summary>
internal static class TableBatches
{
    public const int MaxBatchSize = 100;

    /// <summary>Upserts (replace) every entity; returns how many transactions were submitted.</summary>
    public static async Task<int> UpsertAsync(TableClient table, IEnumerable<ITableEntity> entities, CancellationToken cancellationToken)
    {
        var submitted = 0;
        foreach (var partition in entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(MaxBatchSize))
            {
                var actions = chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e));
                await table.SubmitTransactionAsync(actions, cancellationToken);
                submitted++;
            }
        }

        return submitted;
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
