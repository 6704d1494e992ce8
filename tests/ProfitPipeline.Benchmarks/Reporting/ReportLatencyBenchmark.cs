using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProfitPipeline.Cli.Demo;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Reporting.Reports;

namespace ProfitPipeline.Benchmarks.Reporting;

/// <summary>
/// GET /api/reports/customers?format=json on the real <c>profit serve</c> host (in process, loopback) with the demo company
/// ingested, under 50 concurrent clients, against a Table Storage point read through the same Azurite, in the same run.
/// </summary>
internal sealed class ReportLatencyBenchmark : IBenchmark
{
    private const int Workers = 50;
    private const int Recomputes = 5;
    private const string Key = "bench-key-0123456789";
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);
    private static readonly DateOnly AsOf = new(2026, 11, 2);

    public string Name => "report-latency";

    public string Description => $"customers report (JSON) over HTTP on profit serve, {Workers} concurrent clients for {Duration.TotalSeconds:0} s, vs Table Storage point reads";

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pp-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var azurite = await AzuriteProcess.StartAsync(folder, null, TimeSpan.FromSeconds(60), cancellationToken);
            await MeasureAsync(report, azurite, cancellationToken);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(BenchmarkReport report, AzuriteProcess azurite, CancellationToken cancellationToken)
    {
        var prefix = "lat" + Guid.NewGuid().ToString("N")[..8];
        var url = $"http://127.0.0.1:{FreePort()}";
        var app = ServeHost.Build(url, new Dictionary<string, string?>
        {
            ["ProfitPipeline:Storage:ConnectionString"] = azurite.Endpoints.ConnectionString,
            ["ProfitPipeline:Storage:NamePrefix"] = prefix,
            ["ProfitPipeline:Local:ApiKey"] = Key,
            ["ProfitPipeline:Local:PollInterval"] = "01:00:00",
        });
        await app.StartAsync(cancellationToken);
        try
        {
            var ingest = Stopwatch.StartNew();
            var files = new DemoCompany().Generate(AsOf);
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var imports = scope.ServiceProvider.GetRequiredService<IImportService>();
                foreach (var file in files)
                {
                    await imports.IngestAsync(FileContent.FromBytes(file.Name, file.Content), dryRun: false, cancellationToken);
                }
            }

            report.Figure($"demo company ingest ({files.Count} files)", ingest.Elapsed.TotalSeconds, "s");

            using var http = new HttpClient { BaseAddress = new Uri(url) };
            var customers = new Uri("/api/reports/customers?format=json&code=" + Key, UriKind.Relative);
            var cache = app.Services.GetRequiredService<ReportDataCache>();
            var recomputed = new List<double>();
            long bytes = 0;
            for (var i = 0; i < Recomputes; i++)
            {
                // Without a cached computation the request recomputes the ledger's profitability: the first request after an import.
                cache.Invalidate();
                var watch = Stopwatch.StartNew();
                bytes = await GetAsync(http, customers, cancellationToken);
                recomputed.Add(watch.Elapsed.TotalMilliseconds);
            }

            var reports = await LatencyLoad.RunAsync(Workers, WarmUp, Duration, async ct => await GetAsync(http, customers, ct), cancellationToken);

            var table = new StorageAccount(Options.Create(new StorageOptions { ConnectionString = azurite.Endpoints.ConnectionString, NamePrefix = prefix }))
                .Table(StorageNames.Tables.Transactions);
            var one = await FirstAsync(table, cancellationToken);
            var reads = await LatencyLoad.RunAsync(Workers, WarmUp, Duration, async ct => await table.GetEntityAsync<TableEntity>(one.PartitionKey, one.RowKey, cancellationToken: ct), cancellationToken);

            report.Figure("report response size", bytes / 1024.0, "KiB");
            report.Figure("report after cache invalidation (recompute), median of " + Recomputes, recomputed.Order().ElementAt(Recomputes / 2), "ms");
            report.Figure("report requests measured (cached computation)", reports.Requests, "requests");
            report.Figure("report p50", reports.P50Ms, "ms");
            report.Figure("report p99", reports.P99Ms, "ms");
            report.Figure("report throughput", reports.PerSecond, "requests/s");
            report.Figure("point reads measured", reads.Requests, "requests");
            report.Figure("point read p50", reads.P50Ms, "ms");
            report.Figure("point read p99", reads.P99Ms, "ms");
            report.Figure("point read throughput", reads.PerSecond, "requests/s");
            report.Figure("report p99 / point read p99", reports.P99Ms / reads.P99Ms, "x", "<= 2");
            report.Figure("report p50 / point read p50", reports.P50Ms / reads.P50Ms, "x");
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    private static async Task<long> GetAsync(HttpClient http, Uri uri, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(uri, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync(cancellationToken)).LongLength;
    }

    private static async Task<TableEntity> FirstAsync(TableClient table, CancellationToken cancellationToken)
    {
        await foreach (var entity in table.QueryAsync<TableEntity>(maxPerPage: 1, cancellationToken: cancellationToken))
        {
            return entity;
        }

        throw new InvalidOperationException("The demo company left no transactions to read.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
