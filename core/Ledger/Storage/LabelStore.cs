using ProfitPipeline.Classification.Learning;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>Confirmed labels (a person's correction or confirmation) in table storage: one per transaction, the latest wins.</summary>
internal sealed class LabelStore(StorageAccount account)
{
    public async Task SaveAsync(IEnumerable<TransactionLabel> labels, CancellationToken cancellationToken) =>
        await TableBatches.UpsertAsync(account.Table(StorageNames.Tables.Labels), labels.Select(LabelEntity.From), cancellationToken);

    /// <summary>The stored labels of <paramref name="ids"/> that have one, by point reads.</summary>
    public async Task<IReadOnlyDictionary<TransactionId, TransactionLabel>> FindAsync(IEnumerable<TransactionId> ids, CancellationToken cancellationToken)
    {
        var table = account.Table(StorageNames.Tables.Labels);
        var found = new Dictionary<TransactionId, TransactionLabel>();
        foreach (var id in ids.Distinct())
        {
            var response = await table.GetEntityIfExistsAsync<LabelEntity>(LabelEntity.Partition, LabelEntity.Key(id), cancellationToken: cancellationToken);
            if (response.HasValue)
            {
                found[id] = response.Value!.ToLabel();
            }
        }

        return found;
    }

    public async Task<IReadOnlyList<TransactionLabel>> ListAsync(CancellationToken cancellationToken)
    {
        var labels = new List<TransactionLabel>();
        var table = account.Table(StorageNames.Tables.Labels);
        await foreach (var entity in table.QueryAsync<LabelEntity>(e => e.PartitionKey == LabelEntity.Partition, cancellationToken: cancellationToken))
        {
            labels.Add(entity.ToLabel());
        }

        return labels;
    }
}
