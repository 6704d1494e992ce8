namespace ProfitPipeline.Benchmarks;

/// <summary>
/// Runs the benchmarks named on the command line (all when none), in Release: <c>dotnet run -c Release --project tests/ProfitPipeline.Benchmarks -- NAME...</c>;
/// <c>-- splits DIR</c> writes the labelled sets' CSV splits for <c>profit evaluate</c> instead (<see cref="Classification.LabelledSplits"/>).
/// </summary>
internal static class BenchmarkRunner
{
    private static readonly IBenchmark[] All =
    [
        new Ledger.TableBatchBenchmark(),
        new Ingestion.IngestEndToEndBenchmark(),
        new Classification.ClassificationBenchmark(),
        new Classification.ClassificationSpeedBenchmark(),
        new Classification.ClassificationRollingBenchmark(),
        new Classification.ClassificationScaleBenchmark(),
        new Ingestion.CsvParseBenchmark(),
        new Profitability.SnapshotBenchmark(),
        new Profitability.SnapshotComputeBenchmark(),
        new Reporting.ReportRenderBenchmark(),
        new Reporting.ReportLatencyBenchmark(),
        new Classification.TransactionSearchBenchmark(),
        new Classification.TaggingScaleBenchmark(),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is [Classification.LabelledSplits.Command, var folder])
        {
            return Classification.LabelledSplits.Write(folder);
        }

        var unknown = args.Where(a => !All.Any(b => b.Name == a)).ToList();
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync("Unknown benchmark(s): " + string.Join(", ", unknown) + ". Known: " + string.Join(", ", All.Select(b => b.Name)));
            return 2;
        }

        var report = new BenchmarkReport(Console.Out);
        foreach (var benchmark in All.Where(b => args.Length == 0 || args.Contains(b.Name)))
        {
            report.Section($"{benchmark.Name}: {benchmark.Description}");
            await benchmark.RunAsync(report, CancellationToken.None);
        }

        return 0;
    }
}
