using System.Diagnostics;
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
        await using (var azurite = await AzuriteProcess.StartAsync(folder, null, TimeSpan.FromSeconds(60), cancellationToken))
        {
            var account = new StorageAccount(Options.Create(new StorageOptions { ConnectionString = azurite.Endpoints.ConnectionString, NamePrefix = "bench" }));
            await account.EnsureCreatedAsync(cancellationToken);
            var store = new SnapshotStore(account);

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
}
