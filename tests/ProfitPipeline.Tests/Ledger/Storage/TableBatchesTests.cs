using Azure.Data.Tables;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Ledger.Storage;

public sealed class TableBatchesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task UpsertBatchAcrossPartitions_ReadsBackEveryEntity()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var table = scope.Get<StorageAccount>().Table(StorageNames.Tables.Transactions);
        var entities = Enumerable.Range(0, 250)
            .Select(i => new TableEntity($"p{i % 2}", $"r{i:D4}") { ["Ordinal"] = i })
            .ToList();

        var submitted = await TableBatches.UpsertAsync(table, entities, ct);

        // 250 rows over 2 partitions (125 each): a partition of 125 needs two transactions of at most 100.
        Assert.Equal(4, submitted);
        var stored = await table.QueryAsync<TableEntity>(cancellationToken: ct).ToListAsync(ct);
        Assert.Equal(250, stored.Count);
        Assert.Equal(entities.Select(e => e.RowKey).Order(StringComparer.Ordinal), stored.Select(e => e.RowKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UpsertSameBatchTwice_LeavesOneCopy()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var table = scope.Get<StorageAccount>().Table(StorageNames.Tables.Transactions);
        var entities = Enumerable.Range(0, 120).Select(i => new TableEntity("p", $"r{i:D4}")).ToList();

        await TableBatches.UpsertAsync(table, entities, ct);
        await TableBatches.UpsertAsync(table, entities, ct);

        Assert.Equal(120, await table.QueryAsync<TableEntity>(cancellationToken: ct).CountAsync(ct));
    }

    [Fact]
    public async Task ReplaceWithStaleETag_IsRejected()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var table = scope.Get<StorageAccount>().Table(StorageNames.Tables.Imports);
        await TableBatches.InsertOnlyAsync(table, new TableEntity("imports", "a") { ["Status"] = "claimed" }, ct);
        var read = (await table.GetEntityAsync<TableEntity>("imports", "a", cancellationToken: ct)).Value;

        var first = new TableEntity("imports", "a") { ["Status"] = "complete" };
        await TableBatches.ReplaceIfUnchangedAsync(table, first, read.ETag, ct);
        var second = new TableEntity("imports", "a") { ["Status"] = "failed" };

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => TableBatches.ReplaceIfUnchangedAsync(table, second, read.ETag, ct));
        var final = (await table.GetEntityAsync<TableEntity>("imports", "a", cancellationToken: ct)).Value;
        Assert.Equal("complete", final.GetString("Status"));
    }

    [Fact]
    public async Task InsertOnlyTwice_SecondWriterGetsConflict()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var table = scope.Get<StorageAccount>().Table(StorageNames.Tables.Imports);
        await TableBatches.InsertOnlyAsync(table, new TableEntity("imports", "b"), ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => TableBatches.InsertOnlyAsync(table, new TableEntity("imports", "b"), ct));
    }
}
