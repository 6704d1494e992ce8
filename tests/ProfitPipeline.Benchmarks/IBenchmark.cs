namespace ProfitPipeline.Benchmarks;

/// <summary>A benchmark prints its figures, and ratios to a baseline measured in the same run on the same machine.</summary>
internal interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken);
}
