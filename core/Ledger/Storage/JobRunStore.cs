using Azure.Data.Tables;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>When each scheduled job last ran to completion, so a restarted host catches up on a missed run instead of skipping it.</summary>
internal sealed class JobRunStore(StorageAccount account)
{
    private const string Partition = "lastrun";

    private TableClient Table => account.Table(StorageNames.Tables.JobRuns);

    public async Task<DateTimeOffset?> LastRunAsync(string jobName, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, jobName, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.GetDateTimeOffset("CompletedAt") : null;
    }

    public Task RecordRunAsync(string jobName, DateTimeOffset completedAt, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new TableEntity(Partition, jobName) { ["CompletedAt"] = completedAt }, TableUpdateMode.Replace, cancellationToken);
}
