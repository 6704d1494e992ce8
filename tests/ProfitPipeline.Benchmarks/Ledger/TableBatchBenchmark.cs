using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Benchmarks.Ledger;

/// <summary>Entity-group batches against single upserts on Azurite, measured in the same run.</summary>
internal sealed class TableBatchBenchmark : IBenchmark
{
    private const int Entities = 5_000;

    public string Name => "table-batch";

    public string Description => $"upsert {Entities:N0} entities into Azurite, batched vs one by one";

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pp-bench-" + Guid.NewGuid().ToString("N"));
        await using var azurite = await AzuriteProcess.StartAsync(folder, null, TimeSpan.FromSeconds(60), cancellationToken);
        var account = new StorageAccount(Options.Create(new StorageOptions { ConnectionString = azurite.Endpoints.ConnectionString, NamePrefix = "bench" }));
        await account.EnsureCreatedAsync(cancellationToken);
        var table = account.Table(StorageNames.Tables.Transactions);

        var batched = Stopwatch.StartNew();
        await TableBatches.UpsertAsync(table, Make("b"), cancellationToken);
        batched.Stop();

        var single = Stopwatch.StartNew();
        foreach (var entity in Make("s"))
        {
            await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        }

        single.Stop();

        report.Figure("batched upsert", Entities / batched.Elapsed.TotalSeconds, "entities/s");
        report.Figure("single upserts", Entities / single.Elapsed.TotalSeconds, "entities/s");
        report.Figure("batched / single", single.Elapsed.TotalSeconds / batched.Elapsed.TotalSeconds, "x");
        Directory.Delete(folder, recursive: true);
    }

    private static IEnumerable<TableEntity> Make(string prefix) =>
        Enumerable.Range(0, Entities).Select(i => new TableEntity($"{prefix}{i % 10}", $"{i:D8}") { ["AmountMinor"] = (long)i, ["Text"] = "benchmark row" });
}
