using Azure.Data.Tables;
using ProfitPipeline.Classification.Learning;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>Confirmed labels (a person's correction or confirmation) in table storage: one per transaction, the latest wins.</summary>
internal sealed class LabelStore(StorageAccount account)
{
    /// <summary>Azure Table Storage takes at most 15 comparisons in one filter: the partition and 14 row keys.</summary>
    private const int KeysPerQuery = 14;

    public async Task SaveAsync(IEnumerable<TransactionLabel> labels, CancellationToken cancellationToken) =>
        await TableBatches.UpsertAsync(account.Table(StorageNames.Tables.Labels), labels.Select(LabelEntity.From), cancellationToken);

    /// <summary>The stored labels of <paramref name="ids"/> that have one: a query per chunk of row keys, as the ledger finds rows.</summary>
    public async Task<IReadOnlyDictionary<TransactionId, TransactionLabel>> FindAsync(IEnumerable<TransactionId> ids, CancellationToken cancellationToken)
    {
        var table = account.Table(StorageNames.Tables.Labels);
        var found = new Dictionary<TransactionId, TransactionLabel>();
        foreach (var chunk in ids.Distinct().Chunk(KeysPerQuery))
        {
            var keys = string.Join(" or ", chunk.Select(id => TableClient.CreateQueryFilter($"RowKey eq {LabelEntity.Key(id)}")));
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {LabelEntity.Partition}") + " and (" + keys + ")";
            await foreach (var entity in table.QueryAsync<LabelEntity>(filter, cancellationToken: cancellationToken))
            {
                var label = entity.ToLabel();
                found[label.TransactionId] = label;
            }
        }

        return found;
    }

    public Task<IReadOnlyList<TransactionLabel>> ListAsync(CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {LabelEntity.Partition}"), cancellationToken);

    /// <summary>The labels that answered <paramref name="modelVersion"/>'s spot checks: filtered by the service, not every label read.</summary>
    public Task<IReadOnlyList<TransactionLabel>> ListSpotChecksOfAsync(string modelVersion, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {LabelEntity.Partition} and SpotCheckedModel eq {modelVersion}"), cancellationToken);

    private async Task<IReadOnlyList<TransactionLabel>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var labels = new List<TransactionLabel>();
        await foreach (var entity in account.Table(StorageNames.Tables.Labels).QueryAsync<LabelEntity>(filter, cancellationToken: cancellationToken))
        {
            labels.Add(entity.ToLabel());
        }

        return labels;
    }
}
