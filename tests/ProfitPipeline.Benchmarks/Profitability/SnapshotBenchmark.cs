using System.Diagnostics;
using System.Globalization;
using ProfitPipeline.Ledger;
using Microsoft.Extensions.Options;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Benchmarks.Profitability;

/// <summary>Full in-memory computation, writing the snapshots to Azurite, and an incremental recompute after a one-period import.</summary>
internal sealed class SnapshotBenchmark : IBenchmark
{
    public string Name => "snapshot";

    public string Description => SnapshotWorkload.Description + ": compute, store in Azurite, incremental recompute";

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var workload = new SnapshotWorkload();
        var result = workload.ComputeFull(report);

        var folder = Path.Combine(Path.GetTempPath(), "pp-bench-" + Guid.NewGuid().ToString("N"));

        // Azurite keeps its tables in memory: a million ledger rows plus the snapshots outgrow node's default heap, and saving
        // them as one JSON text outgrows node's longest string (Azurite died at about 2 GB either way). So this Azurite (it
        // inherits the environment) may use 8 GB and keeps its data in memory only.
        Environment.SetEnvironmentVariable("NODE_OPTIONS", "--max-old-space-size=8192");
        await using (var azurite = await AzuriteProcess.StartAsync(folder, null, TimeSpan.FromSeconds(60), cancellationToken, inMemory: true))
        {
            var account = new StorageAccount(Options.Create(new StorageOptions { ConnectionString = azurite.Endpoints.ConnectionString, NamePrefix = "bench" }));
            await account.EnsureCreatedAsync(cancellationToken);
            var store = new SnapshotStore(account);
            await ReadLedgerAndComputeAsync(report, workload, account, cancellationToken);

            var write = Stopwatch.StartNew();
            var written = await store.WriteAsync(result.Snapshots, cancellationToken);
            write.Stop();
            report.Figure("snapshot write", write.Elapsed.TotalSeconds, "s");
            report.Figure("snapshot write throughput", written.Written / write.Elapsed.TotalSeconds, "snapshots/s");

            var (recomputed, compute) = workload.ComputeIncremental(report, result, SnapshotWorkload.Import());
            var incrementalWrite = Stopwatch.StartNew();
            var summary = await store.WriteAsync(recomputed.Snapshots, cancellationToken);
            incrementalWrite.Stop();
            var incremental = compute + incrementalWrite.Elapsed;
            report.Figure("new versions written", summary.Written, "rows");
            report.Figure("restatements written", summary.Restated, "rows");
            report.Figure("unchanged, not rewritten", summary.Unchanged, "rows");
            report.Figure("incremental compute + write", incremental.TotalSeconds, "s");
            report.Figure("full compute + write / incremental", (workload.FullElapsed + write.Elapsed) / incremental, "x");
        }

        Directory.Delete(folder, recursive: true);
    }

    /// <summary>
    /// The production read path: the ledger is stored as one complete import (batched upserts, not timed against any goal), then
    /// read back as <c>ProfitabilityRun</c> reads it (complete imports, every transaction, the customer master) and computed.
    /// </summary>
    private static async Task ReadLedgerAndComputeAsync(BenchmarkReport report, SnapshotWorkload workload, StorageAccount account, CancellationToken cancellationToken)
    {
        var transactions = new TransactionStore(account);
        var imports = new ImportStore(account);
        var customers = new CustomerStore(account);
        var load = Stopwatch.StartNew();
        var (_, claim) = await imports.ClaimAsync(GeneratedLedger.Import, "generated.csv", TimeProvider.System.GetUtcNow(), cancellationToken);
        await transactions.UpsertAsync(workload.Ledger, cancellationToken);
        await customers.UpsertAsync(workload.CustomerMaster, cancellationToken);
        await imports.FinishAsync(claim, ImportRecord.Complete, "generated", workload.Ledger.Count, 0, 0, TimeProvider.System.GetUtcNow(), cancellationToken);
        load.Stop();
        report.Figure("ledger stored in Azurite (setup)", load.Elapsed.TotalSeconds, string.Create(CultureInfo.InvariantCulture, $"s ({workload.Ledger.Count / load.Elapsed.TotalSeconds:0} rows/s)"));

        GC.Collect();
        var read = Stopwatch.StartNew();
        var ledger = await transactions.ReadAsync(await imports.CompleteImportIdsAsync(cancellationToken), cancellationToken);
        var master = await customers.ReadAllAsync(cancellationToken);
        read.Stop();
        var compute = Stopwatch.StartNew();
        var result = workload.Compute(ledger, master);
        compute.Stop();
        report.Figure("read ledger + master from Azurite", read.Elapsed.TotalSeconds, string.Create(CultureInfo.InvariantCulture, $"s ({ledger.Count} transactions, {ledger.Count / read.Elapsed.TotalSeconds:0} rows/s)"));
        report.Figure("compute on the rows read", compute.Elapsed.TotalSeconds, string.Create(CultureInfo.InvariantCulture, $"s ({result.Snapshots.Count} snapshots)"));
        report.Figure("read + compute from Azurite", (read.Elapsed + compute.Elapsed).TotalSeconds, "s");
    }
}
