using Azure;
using Azure.Data.Tables;
using ProfitPipeline.Profitability;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>
/// Stores snapshots immutably. A (period, dimension, member) whose figures are unchanged is not written again; different
/// figures become version N+1 with a restatement (figures before and after, transactions added, removed and changed). Versions
/// are inserted, never replaced: of two writers racing for the same version, the second gets
/// <see cref="ConcurrencyConflictException"/> and should plan again from what is stored.
/// </summary>
internal sealed class SnapshotStore(StorageAccount account)
{
    /// <summary>What a write would do, against the stored state it was planned from.</summary>
    internal sealed record WritePlan(IReadOnlyList<(ProfitabilitySnapshot Snapshot, int Version)> Writes, IReadOnlyList<SnapshotRestatement> Restatements, int Unchanged);

    public sealed record WriteSummary(int Written, int Restated, int Unchanged, int Transactions);

    private TableClient Snapshots => account.Table(StorageNames.Tables.Snapshots);

    private TableClient Restatements => account.Table(StorageNames.Tables.Restatements);

    public async Task<WriteSummary> WriteAsync(IReadOnlyList<ProfitabilitySnapshot> snapshots, CancellationToken cancellationToken) =>
        await CommitAsync(await PlanAsync(snapshots, cancellationToken), cancellationToken);

    public async Task<WritePlan> PlanAsync(IReadOnlyList<ProfitabilitySnapshot> snapshots, CancellationToken cancellationToken)
    {
        var writes = new List<(ProfitabilitySnapshot, int)>();
        var restatements = new List<SnapshotRestatement>();
        var unchanged = 0;
        foreach (var partition in snapshots.GroupBy(s => (s.Period, s.Dimension)))
        {
            var latest = await LatestHeadersAsync(partition.Key.Period, partition.Key.Dimension, cancellationToken);
            foreach (var snapshot in partition)
            {
                if (!latest.TryGetValue(snapshot.Member, out var stored))
                {
                    writes.Add((snapshot, 1));
                    continue;
                }

                if (string.Equals(stored.GetString("FiguresHash"), SnapshotEntityMapping.FiguresHash(snapshot), StringComparison.Ordinal))
                {
                    unchanged++;
                    continue;
                }

                var before = await MaterializeAsync(stored, cancellationToken);
                writes.Add((snapshot, before.Version + 1));
                restatements.Add(SnapshotRestatement.Between(before, snapshot, before.Version + 1));
            }
        }

        return new WritePlan(writes, restatements, unchanged);
    }

    public async Task<WriteSummary> CommitAsync(WritePlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var headers = new List<TableEntity>(plan.Writes.Count);
        var chunks = new List<TableEntity>();
        foreach (var (snapshot, version) in plan.Writes)
        {
            var text = SnapshotEntityMapping.ContributionText(snapshot);
            if (text.Length <= SnapshotEntityMapping.InlineLimit)
            {
                headers.Add(SnapshotEntityMapping.ToEntity(snapshot, version, text, null, 0));
                continue;
            }

            var chunkSet = Guid.NewGuid().ToString("N");
            var parts = text.Chunk(SnapshotEntityMapping.ChunkLength).Select(c => new string(c)).ToList();
            for (var i = 0; i < parts.Count; i++)
            {
                chunks.Add(new TableEntity(SnapshotKeys.ChunkPartition(snapshot.Period, snapshot.Dimension), SnapshotKeys.ChunkRow(snapshot.Member, version, chunkSet, i)) { ["Text"] = parts[i] });
            }

            headers.Add(SnapshotEntityMapping.ToEntity(snapshot, version, string.Empty, chunkSet, parts.Count));
        }

        // Chunks first (unique per write, so never contested), then the headers that make the versions visible, then restatements.
        var transactions = 0;
        foreach (var group in chunks.Chunk(40))
        {
            transactions += await TableBatches.UpsertAsync(Snapshots, group, cancellationToken);
        }

        transactions += await InsertAllAsync(Snapshots, headers, cancellationToken);
        transactions += await InsertAllAsync(Restatements, plan.Restatements.Select(RestatementEntityMapping.ToEntity).ToList(), cancellationToken);
        return new WriteSummary(plan.Writes.Count, plan.Restatements.Count, plan.Unchanged, transactions);
    }

    /// <summary>The latest stored version of every member of a (period, dimension).</summary>
    public async Task<IReadOnlyList<StoredSnapshot>> ReadLatestAsync(Period period, string dimension, CancellationToken cancellationToken)
    {
        var result = new List<StoredSnapshot>();
        foreach (var header in (await LatestHeadersAsync(period, dimension, cancellationToken)).Values.OrderBy(h => h.GetString("Member"), StringComparer.Ordinal))
        {
            result.Add(await MaterializeAsync(header, cancellationToken));
        }

        return result;
    }

    public async Task<IReadOnlyList<SnapshotRestatement>> ReadRestatementsAsync(Period period, string dimension, CancellationToken cancellationToken)
    {
        var partition = SnapshotKeys.Partition(period, dimension);
        var result = new List<SnapshotRestatement>();
        await foreach (var entity in Restatements.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            result.Add(RestatementEntityMapping.FromEntity(entity));
        }

        return result;
    }

    private async Task<Dictionary<string, TableEntity>> LatestHeadersAsync(Period period, string dimension, CancellationToken cancellationToken)
    {
        var partition = SnapshotKeys.Partition(period, dimension);
        var latest = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var entity in Snapshots.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            var member = entity.GetString("Member");
            if (!latest.TryGetValue(member, out var kept) || entity.GetInt32("Version") > kept.GetInt32("Version"))
            {
                latest[member] = entity;
            }
        }

        return latest;
    }

    private async Task<StoredSnapshot> MaterializeAsync(TableEntity header, CancellationToken cancellationToken)
    {
        if (header.GetString("ChunkSet") is not { } chunkSet)
        {
            return SnapshotEntityMapping.FromEntity(header, header.GetString("Contributions") ?? string.Empty);
        }

        var period = Period.Parse(header.GetString("Period"));
        var dimension = header.GetString("Dimension");
        var member = header.GetString("Member");
        var version = header.GetInt32("Version") ?? 0;
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < (header.GetInt32("Chunks") ?? 0); i++)
        {
            var chunk = await Snapshots.GetEntityAsync<TableEntity>(
                SnapshotKeys.ChunkPartition(period, dimension), SnapshotKeys.ChunkRow(member, version, chunkSet, i), cancellationToken: cancellationToken);
            text.Append(chunk.Value.GetString("Text"));
        }

        return SnapshotEntityMapping.FromEntity(header, text.ToString());
    }

    /// <summary>Insert-only entity-group transactions: if any entity of a batch exists, none of it is written.</summary>
    private static async Task<int> InsertAllAsync(TableClient table, IReadOnlyList<TableEntity> entities, CancellationToken cancellationToken)
    {
        var submitted = 0;
        foreach (var partition in entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var batch in partition.Chunk(TableBatches.MaxBatchSize))
            {
                try
                {
                    await table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), cancellationToken);
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    throw new ConcurrencyConflictException("Another writer stored this snapshot version first.", e);
                }

                submitted++;
            }
        }

        return submitted;
    }
}
