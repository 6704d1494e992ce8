using System.Diagnostics;

namespace ProfitPipeline.Benchmarks.Reporting;

/// <summary>Latencies of one request under a fixed number of concurrent workers, for a bounded time after a warm-up.</summary>
internal static class LatencyLoad
{
    public static async Task<LatencyResult> RunAsync(int workers, TimeSpan warmUp, TimeSpan duration, Func<CancellationToken, Task> request, CancellationToken cancellationToken)
    {
        await RunWorkersAsync(workers, warmUp, request, cancellationToken);
        var watch = Stopwatch.StartNew();
        var perWorker = await RunWorkersAsync(workers, duration, request, cancellationToken);
        var elapsed = watch.Elapsed;
        var all = perWorker.SelectMany(l => l).Order().ToArray();
        return new LatencyResult(all.Length, Percentile(all, 0.50), Percentile(all, 0.99), all.Length / elapsed.TotalSeconds);
    }

    private static Task<List<double>[]> RunWorkersAsync(int workers, TimeSpan duration, Func<CancellationToken, Task> request, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        return Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(
            async () =>
            {
                var latencies = new List<double>();
                while (Stopwatch.GetElapsedTime(start) < duration)
                {
                    var sent = Stopwatch.GetTimestamp();
                    await request(cancellationToken);
                    latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                }

                return latencies;
            },
            cancellationToken)));
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

internal readonly record struct LatencyResult(int Requests, double P50Ms, double P99Ms, double PerSecond);
