using System.Diagnostics;
using System.Security.Cryptography;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Benchmarks.Ingestion;

/// <summary>
/// <see cref="IImportService.IngestAsync"/> of a 100,000-row bank CSV on the real service graph over Azurite, end to end:
/// hash, detect, parse, identity, existence check, tagging the new rows, batched upserts, report write, and the
/// import-completed handlers (re-tagging on new evidence, snapshots, report cache), each handler timed. Compared in the same run with the same rows' entities upserted
/// straight through <see cref="TableBatches.UpsertAsync"/> (Azurite's raw speed), and with the handlers removed.
/// </summary>
internal sealed class IngestEndToEndBenchmark : IBenchmark
{
    private const int Rows = 100_000;

    private const int WarmUpRows = 2_000;

    private const int Rounds = 3;

    public string Name => "ingest-e2e";

    public string Description => $"IImportService.IngestAsync of a {Rows:N0}-row bank CSV on Azurite (with and without import handlers) vs raw batched upserts of the same entities";

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pp-bench-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "statement.csv");
        Directory.CreateDirectory(folder);
        try
        {
            BankStatementCsv.Write(path, Rows);

            // 0. Both paths once on a small file: the phase that ran first paid the JIT of the Azure SDK code the paths share
            // (about 4 s of a 22 s ingest), which made the comparison depend on the order of the phases.
            var warmUpPath = Path.Combine(folder, "warm-up.csv");
            BankStatementCsv.Write(warmUpPath, WarmUpRows);
            TimeSpan coldTime;
            await using (var azurite = await StartAzuriteAsync(folder, "warm-up", cancellationToken))
            {
                (_, coldTime) = await IngestAsync(azurite.Endpoints.ConnectionString, "iwarm", warmUpPath, collection => collection.RemoveAll<IImportCompletedHandler>(), cancellationToken);
                await UpsertRawAsync(azurite.Endpoints.ConnectionString, "iwarmraw", warmUpPath, cancellationToken);
            }

            // Each phase gets its own, empty Azurite: its table store slows down markedly as it fills, which would favour
            // whichever phase ran first. Azurite's speed also drifts by a fifth from minute to minute on this machine, so the
            // two phases are run in alternating order, three times each, and the ratio is the median of the three rounds'.
            // 1. The core path without handlers: what ingestion itself costs.
            // 2. Raw: the same rows' entities, built beforehand, upserted in entity-group batches.
            var rounds = new List<(TimeSpan Bare, TimeSpan Raw)>();
            ImportReport? bare = null;
            TimeSpan parseTime = TimeSpan.Zero;
            for (var round = 0; round < Rounds; round++)
            {
                TimeSpan bareTime = TimeSpan.Zero, rawTime = TimeSpan.Zero;
                foreach (var rawFirst in round % 2 == 0 ? new[] { false, true } : [true, false])
                {
                    await using var azurite = await StartAzuriteAsync(folder, $"round{round}-{(rawFirst ? "raw" : "bare")}", cancellationToken);
                    if (rawFirst)
                    {
                        (parseTime, rawTime) = await UpsertRawAsync(azurite.Endpoints.ConnectionString, "iraw", path, cancellationToken);
                    }
                    else
                    {
                        (bare, bareTime) = await IngestAsync(azurite.Endpoints.ConnectionString, "ibare", path, collection => collection.RemoveAll<IImportCompletedHandler>(), cancellationToken);
                    }
                }

                rounds.Add((bareTime, rawTime));
            }

            // 3. End to end as production runs it, every registered handler wrapped in a timer.
            var handlerTimes = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
            TimeSpan fullTime;
            ImportReport full;
            await using (var azurite = await StartAzuriteAsync(folder, "full", cancellationToken))
            {
                (full, fullTime) = await IngestAsync(azurite.Endpoints.ConnectionString, "ifull", path, collection => TimeHandlers(collection, handlerTimes), cancellationToken);
            }

            var medianRaw = rounds.Select(r => r.Raw).Order().ElementAt(Rounds / 2);
            report.Figure("file size", new FileInfo(path).Length / (1024.0 * 1024.0), "MB");
            report.Figure($"warm-up: first ingest in the process, {WarmUpRows:N0} rows without handlers", coldTime.TotalSeconds, "s");
            report.Figure("rows stored (full / bare)", full.Transactions, "rows", bare!.Transactions == full.Transactions && full.Rejected == 0 ? "all rows, none rejected" : $"bare {bare.Transactions}, rejected {full.Rejected}");
            report.Figure("ingest end to end (with handlers)", fullTime.TotalSeconds, "s");
            report.Figure("  of which core path (all but handlers)", (fullTime - handlerTimes.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b)).TotalSeconds, "s");
            report.Figure("ingest end to end (with handlers)", Rows / fullTime.TotalSeconds, "rows/s");
            foreach (var (handler, time) in handlerTimes)
            {
                report.Figure("  of which handler " + handler, time.TotalSeconds, "s");
            }

            report.Figure("parse + identity + tag + map to entities (no storage)", Rows / parseTime.TotalSeconds, "rows/s");
            foreach (var (round, (bareTime, rawTime)) in rounds.Index())
            {
                var order = round % 2 == 0 ? "ingest first" : "raw first";
                report.Figure($"round {round + 1} ({order}): ingest without handlers", bareTime.TotalSeconds, "s");
                report.Figure($"round {round + 1} ({order}): raw TableBatches.UpsertAsync", rawTime.TotalSeconds, "s");
                report.Figure($"round {round + 1} ({order}): ingest without handlers / raw", rawTime / bareTime, "x");
            }

            report.Figure("ingest with handlers / median raw", medianRaw / fullTime, "x", ">= 0.8");
            report.Figure("ingest without handlers / raw, median of the rounds", rounds.Select(r => r.Raw / r.Bare).Order().ElementAt(Rounds / 2), "x", ">= 0.8");
            report.Figure("peak working set", BenchmarkReport.PeakWorkingSetMegabytes(), "MB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Builds the file's entities (timed) and upserts them straight through <see cref="TableBatches.UpsertAsync"/> (timed).</summary>
    private static async Task<(TimeSpan Build, TimeSpan Upsert)> UpsertRawAsync(string connection, string prefix, string path, CancellationToken cancellationToken)
    {
        var (entities, build) = await BuildEntitiesAsync(connection, path, cancellationToken);
        var account = new StorageAccount(Options.Create(new StorageOptions { ConnectionString = connection, NamePrefix = prefix }));
        await account.EnsureCreatedAsync(cancellationToken);
        var watch = Stopwatch.StartNew();
        await TableBatches.UpsertAsync(account.Table(StorageNames.Tables.Transactions), entities, cancellationToken);
        return (build, watch.Elapsed);
    }

    private static Task<AzuriteProcess> StartAzuriteAsync(string folder, string phase, CancellationToken cancellationToken) =>
        AzuriteProcess.StartAsync(Path.Combine(folder, "azurite-" + phase), null, TimeSpan.FromSeconds(60), cancellationToken);

    private static async Task<(ImportReport Report, TimeSpan Time)> IngestAsync(
        string connection, string prefix, string path, Action<IServiceCollection> configure, CancellationToken cancellationToken)
    {
        await using var services = await IngestPipeline.StartAsync(connection, prefix, configure, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var imports = scope.ServiceProvider.GetRequiredService<IImportService>();
        var watch = Stopwatch.StartNew();
        var result = await imports.IngestAsync(FileContent.FromFile(path), dryRun: false, cancellationToken);
        var time = watch.Elapsed;
        return result.Quarantined
            ? throw new InvalidOperationException("The benchmark file was quarantined: " + string.Join("; ", result.Reasons))
            : (result, time);
    }

    /// <summary>The entities ingestion writes for the file (same parser, identity, tagging and mapper), and how long making them took.</summary>
    private static async Task<(List<TableEntity> Entities, TimeSpan Time)> BuildEntitiesAsync(string connection, string path, CancellationToken cancellationToken)
    {
        await using var services = await IngestPipeline.StartAsync(connection, "iparse", null, cancellationToken);
        var watch = Stopwatch.StartNew();
        var file = FileContent.FromFile(path);
        var parser = services.GetRequiredService<FormatDetector>().Detect(FormatDetector.Sample(file))
            ?? throw new InvalidOperationException("No parser recognised the benchmark file.");
        var importId = ImportId.FromSha256(SHA256.HashData(await File.ReadAllBytesAsync(path, cancellationToken)));
        var identity = new TransactionIdentity();
        IReadOnlyList<LedgerTransaction> rows = parser.Parse(file, new ParseDiagnostics(file.Name), cancellationToken)
            .OfType<ParsedTransaction>()
            .Select(t => new LedgerTransaction(t, identity.Next(t), new SourceLocation(importId, file.Name, t.Line)))
            .ToList();
        foreach (var tagger in services.GetServices<IImportRowTagger>())
        {
            rows = await tagger.TagAsync(rows, [], cancellationToken);
        }

        return (rows.Select(TransactionEntityMapper.ToEntity).ToList(), watch.Elapsed);
    }

    /// <summary>Replaces every import-completed handler registration by the same handler inside a timer, in the same order.</summary>
    private static void TimeHandlers(IServiceCollection services, Dictionary<string, TimeSpan> timings)
    {
        foreach (var registration in services.Where(d => d.ServiceType == typeof(IImportCompletedHandler)).ToList())
        {
            services.Remove(registration);
            services.Add(new ServiceDescriptor(
                typeof(IImportCompletedHandler),
                sp => new TimedImportHandler(Create(registration, sp), timings),
                registration.Lifetime));
        }
    }

    private static IImportCompletedHandler Create(ServiceDescriptor registration, IServiceProvider services) =>
        (IImportCompletedHandler)(registration.ImplementationInstance
            ?? registration.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registration.ImplementationType!));
}
