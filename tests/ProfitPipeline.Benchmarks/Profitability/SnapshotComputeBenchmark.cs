namespace ProfitPipeline.Benchmarks.Profitability;

/// <summary>The in-memory part of <see cref="SnapshotBenchmark"/> alone (no Azurite): full compute with its phases, then the incremental recompute.</summary>
internal sealed class SnapshotComputeBenchmark : IBenchmark
{
    public string Name => "snapshot-compute";

    public string Description => SnapshotWorkload.Description + ": in-memory compute and incremental recompute";

    public Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var workload = new SnapshotWorkload();
        var full = workload.ComputeFull(report);
        var (_, incremental) = workload.ComputeIncremental(report, full, SnapshotWorkload.Import());
        report.Figure("full compute / incremental compute", workload.FullElapsed / incremental, "x");
        return Task.CompletedTask;
    }
}
