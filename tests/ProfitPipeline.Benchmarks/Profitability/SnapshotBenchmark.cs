using System.Diagnostics;
using Microsoft.Extensions.Options;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Profitability;

namespace ProfitPipeline.Benchmarks.Profitability;

/// <summary>Full in-memory computation, writing the snapshots to Azurite, and an incremental recompute after a one-period import.</summary>
internal sealed class SnapshotBenchmark : IBenchmark
{
    private const int Transactions = 1_000_000;
    private const int Customers = 5_000;
    private const int Months = 24;
    private static readonly DateOnly FirstMonth = new(2024, 12, 1);
    private static readonly DateOnly AsOf = new(2026, 11, 30);

    public string Name => "snapshot";

    public string Description => $"{Transactions:N0} transactions, {Customers:N0} customers, {Months} months: compute, store in Azurite, incremental recompute";

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var customers = GeneratedLedger.Customers(Customers);
        var ledger = GeneratedLedger.Transactions(Transactions, Customers, FirstMonth, Months, seed: 42);
        var service = new ProfitabilityService(Options.Create(new ProfitabilityOptions()));

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var full = Stopwatch.StartNew();
        var result = service.Compute(ledger, customers, AsOf);
        full.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        report.Figure("machine load average (1 min, 2 cores)", LoadAverage(), "runnable");
        report.Figure("full compute (wall)", full.Elapsed.TotalSeconds, "s", "< 5 s");
        report.Figure("full compute (CPU, all threads)", cpu.TotalSeconds, "s");
        report.Figure("full compute throughput", ledger.Count / full.Elapsed.TotalSeconds, "transactions/s");
        report.Figure("snapshots computed", result.Snapshots.Count, "rows");
        report.Figure("periods computed", result.Periods.Count, "periods");
        report.Figure("receipts unmatched", result.Unmatched.Count, "items");
        report.Figure("peak working set", BenchmarkReport.PeakWorkingSetMegabytes(), "MiB");

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

            // One new import: bills, expenses and bank debits booked in a single closed month (June 2025).
            var month = new DateOnly(2025, 6, 1);
            var import = GeneratedLedger.Transactions(300, 37, month, 1, seed: 7, idPrefix: "NEW")
                .Where(t => t.Kind is ProfitPipeline.Ledger.TransactionKind.Bill or ProfitPipeline.Ledger.TransactionKind.Expense or ProfitPipeline.Ledger.TransactionKind.BankDebit)
                .ToList();
            var affected = service.AffectedPeriods(import);
            var incremental = Stopwatch.StartNew();
            var recomputed = service.Compute([.. ledger, .. import], customers, AsOf, onlyPeriods: affected);
            var summary = await store.WriteAsync(recomputed.Snapshots, cancellationToken);
            incremental.Stop();
            report.Figure("import rows", import.Count, "transactions");
            report.Figure("periods affected / recomputed", recomputed.Periods.Count, $"of {result.Periods.Count} ({string.Join(",", recomputed.Periods)})");
            report.Figure("snapshots recomputed", recomputed.Snapshots.Count, "rows");
            report.Figure("new versions written", summary.Written, "rows");
            report.Figure("restatements written", summary.Restated, "rows");
            report.Figure("unchanged, not rewritten", summary.Unchanged, "rows");
            report.Figure("incremental compute + write", incremental.Elapsed.TotalSeconds, "s");
            report.Figure("full compute + write / incremental", (full.Elapsed + write.Elapsed).TotalSeconds / incremental.Elapsed.TotalSeconds, "x");
        }

        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The machine is shared: the load average says how much of it this run had.</summary>
    private static double LoadAverage() =>
        File.Exists("/proc/loadavg")
            ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)
            : double.NaN;
}
