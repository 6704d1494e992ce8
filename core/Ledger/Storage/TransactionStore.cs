using Azure.Data.Tables;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>The ledger's transactions in Table Storage, partitioned by booking month.</summary>
internal sealed class TransactionStore(StorageAccount account)
{
    private TableClient Table => account.Table(StorageNames.Tables.Transactions);

    /// <summary>Which of <paramref name="candidates"/> are stored already, and by which import.</summary>
    public async Task<IReadOnlyDictionary<TransactionId, ImportId>> FindExistingAsync(IEnumerable<LedgerTransaction> candidates, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<TransactionId, ImportId>();
        foreach (var month in candidates.GroupBy(t => TransactionEntityMapper.PartitionFor(t.BookingDate), StringComparer.Ordinal))
        {
            var wanted = month.Select(t => t.Id.Value).ToHashSet(StringComparer.Ordinal);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {month.Key}");
            await foreach (var entity in Table.QueryAsync<TableEntity>(filter, select: ["RowKey", "ImportId"], cancellationToken: cancellationToken))
            {
                if (wanted.Contains(entity.RowKey))
                {
                    existing[new TransactionId(entity.RowKey)] = ImportId.Parse(entity.RequiredString("ImportId"));
                }
            }
        }

        return existing;
    }

    public Task<int> UpsertAsync(IEnumerable<LedgerTransaction> transactions, CancellationToken cancellationToken) =>
        TableBatches.UpsertAsync(Table, transactions.Select(TransactionEntityMapper.ToEntity), cancellationToken);

    /// <summary>Replaces only the tags of stored transactions (merge), in entity-group batches.</summary>
    public async Task UpdateTagsAsync(IEnumerable<LedgerTransaction> tagged, CancellationToken cancellationToken)
    {
        foreach (var month in tagged.GroupBy(t => TransactionEntityMapper.PartitionFor(t.BookingDate), StringComparer.Ordinal))
        {
            foreach (var chunk in month.Chunk(TableBatches.MaxBatchSize))
            {
                var actions = chunk.Select(t =>
                {
                    var entity = new TableEntity(month.Key, t.Id.Value);
                    TransactionEntityMapper.SetTags(entity, t.Tags);
                    return new TableTransactionAction(TableTransactionActionType.UpsertMerge, entity);
                });
                await Table.SubmitTransactionAsync(actions, cancellationToken);
            }
        }
    }

    /// <summary>Every transaction of the given (complete) imports; later stages never read an unfinished import.</summary>
    public async Task<IReadOnlyList<LedgerTransaction>> ReadAsync(IReadOnlySet<ImportId> completeImports, CancellationToken cancellationToken)
    {
        var result = new List<LedgerTransaction>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (entity.GetString("ImportId") is { } importId && completeImports.Contains(ImportId.Parse(importId)))
            {
                result.Add(TransactionEntityMapper.FromEntity(entity));
            }
        }

        return result;
    }
}
