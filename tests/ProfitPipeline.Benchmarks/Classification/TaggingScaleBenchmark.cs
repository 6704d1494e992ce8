using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Benchmarks.Ingestion;
using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Reporting.ReviewSheets;

namespace ProfitPipeline.Benchmarks.Classification;

/// <summary>
/// What reads the whole ledger for tagging, on a ledger of 100,000 rows on Azurite, through the production service graph: the
/// first model trained from a person's answers and the ledger re-tagged, the review queue, the review sheet, a rule preview
/// and the digest's count of untagged rows, each against reading the whole ledger once in the same run.
/// </summary>
internal sealed class TaggingScaleBenchmark : IBenchmark
{
    private const int Months = 50;
    private const int RowsPerMonth = 2_000;
    private const int LabelEvery = 50;
    private static readonly DateOnly FirstMonth = new(2022, 9, 1);
    private static readonly DateTimeOffset Stored = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Categories = ["software", "hosting", "travel", "meals", "marketing", "rent", "contractors", "bank-fees"];

    public string Name => "tagging-scale";

    public string Description => string.Create(CultureInfo.InvariantCulture, $"train, re-tag, review queue, review sheet and rule preview over {Months * RowsPerMonth:N0} rows on Azurite");

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pp-bench-" + Guid.NewGuid().ToString("N"));
        Environment.SetEnvironmentVariable("NODE_OPTIONS", "--max-old-space-size=8192");
        await using (var azurite = await AzuriteProcess.StartAsync(folder, null, TimeSpan.FromSeconds(60), cancellationToken, inMemory: true))
        await using (var services = await IngestPipeline.StartAsync(azurite.Endpoints.ConnectionString, "tscale", null, cancellationToken))
        {
            var rows = await StoreAsync(report, services, cancellationToken);
            var tagging = services.GetRequiredService<LedgerTagging>();
            var baseline = await TimeAsync(report, "baseline: read the whole ledger once", "s", async () => $"{(await tagging.ReadLedgerAsync(cancellationToken)).Count:N0} rows");

            var admin = services.GetRequiredService<ITaggingAdmin>();
            await TimeAsync(report, "first model: train on the labels, promote, re-tag the ledger", "s", async () =>
            {
                var outcome = await admin.RetrainAsync(cancellationToken);
                return string.Create(CultureInfo.InvariantCulture, $"{outcome.Metrics?.TrainingRows + outcome.Metrics?.HoldoutRows:N0} labels, promoted {outcome.Promoted}");
            });

            var queue = await TimeAsync(report, "review queue, first page of 200", "ms", async () => $"{(await admin.PendingReviewAsync(200, null, cancellationToken)).Rows.Count} rows");
            report.Figure("review queue first page: whole-ledger read / this", baseline / queue, "x");
            var payees = await TimeAsync(report, "review queue by payee", "s", async () => $"{(await admin.ReviewPayeesAsync(cancellationToken)).Count:N0} payees");
            report.Figure("by payee / whole-ledger read", payees / baseline, "x");
            var sheet = await TimeAsync(report, "review sheet export", "s", async () =>
            {
                var (bytes, count) = await services.GetRequiredService<IReviewSheets>().ExportAsync(cancellationToken);
                return string.Create(CultureInfo.InvariantCulture, $"{count:N0} rows, {bytes.Length / 1024:N0} KiB");
            });
            report.Figure("review sheet / whole-ledger read", sheet / baseline, "x");
            var rule = new TaggingRule { Id = "bench", Field = RuleTextField.Counterparty, Mode = TextMatchMode.Contains, Pattern = "Payee 007", Category = "marketing" };
            var preview = await TimeAsync(report, "rule preview (one payee, tags the ledger twice)", "s", async () =>
            {
                var result = await admin.PreviewRuleAsync(rule, 20, cancellationToken);
                return string.Create(CultureInfo.InvariantCulture, $"{result.Matching:N0} matching, {result.Changing:N0} changing");
            });
            report.Figure("rule preview / whole-ledger read", preview / baseline, "x");
            var untagged = await TimeAsync(report, "untagged rows counted (the digest's line)", "s", async () => $"{await services.GetRequiredService<ReviewQueue>().UntaggedCountAsync(cancellationToken):N0} rows");
            report.Figure("untagged count / whole-ledger read", untagged / baseline, "x");
            report.Figure("rows", rows, "rows");
            report.Figure("peak working set", BenchmarkReport.PeakWorkingSetMegabytes(), "MB");
        }

        Directory.Delete(folder, recursive: true);
    }

    private static async Task<TimeSpan> TimeAsync(BenchmarkReport report, string name, string unit, Func<Task<string>> run)
    {
        var timer = Stopwatch.StartNew();
        var what = await run();
        timer.Stop();
        report.Figure(name, unit == "ms" ? timer.Elapsed.TotalMilliseconds : timer.Elapsed.TotalSeconds, $"{unit} ({what})");
        return timer.Elapsed;
    }

    /// <summary>Untagged card payments to 400 payees with skewed frequencies, each payee one category; every 50th row answered by a person.</summary>
    private static async Task<int> StoreAsync(BenchmarkReport report, ServiceProvider services, CancellationToken cancellationToken)
    {
        var import = ImportId.FromSha256(new byte[32]);
        var random = new Random(11);
        var payees = Enumerable.Range(0, 400).Select(i => string.Create(CultureInfo.InvariantCulture, $"Payee {i:D3} Ltd")).ToArray();
        var rows = new List<LedgerTransaction>(Months * RowsPerMonth);
        var labels = new List<TransactionLabel>();
        for (var m = 0; m < Months; m++)
        {
            for (var i = 0; i < RowsPerMonth; i++)
            {
                var n = rows.Count;
                var payee = (int)(payees.Length * Math.Pow(random.NextDouble(), 2));
                var parsed = new ParsedTransaction
                {
                    Line = n + 1,
                    Kind = TransactionKind.BankDebit,
                    BookingDate = FirstMonth.AddMonths(m).AddDays(random.Next(0, 28)),
                    Amount = new Money(-random.Next(100, 100_000) / 100m, CurrencyCode.Eur),
                    Counterparty = payees[payee],
                    Description = string.Create(CultureInfo.InvariantCulture, $"Card payment {payees[payee]} ref {n:D7}"),
                };
                var id = new TransactionId(string.Create(CultureInfo.InvariantCulture, $"T{n:D8}"));
                rows.Add(new LedgerTransaction(parsed, id, new SourceLocation(import, "ledger.csv", n + 1)));
                if (n % LabelEvery == 0)
                {
                    labels.Add(new TransactionLabel(id, Categories[payee % Categories.Length], null, null, "bench", Stored));
                }
            }
        }

        var load = Stopwatch.StartNew();
        var imports = services.GetRequiredService<ImportStore>();
        var (_, claim) = await imports.ClaimAsync(import, "ledger.csv", Stored, cancellationToken);
        await services.GetRequiredService<TransactionStore>().UpsertAsync(rows, cancellationToken);
        await imports.FinishAsync(claim, ImportRecord.Complete, "generated", rows.Count, 0, 0, Stored, cancellationToken);
        await services.GetRequiredService<LabelStore>().SaveAsync(labels, cancellationToken);
        load.Stop();
        report.Figure("ledger and labels stored in Azurite (setup)", load.Elapsed.TotalSeconds, string.Create(CultureInfo.InvariantCulture, $"s ({labels.Count:N0} labels)"));
        return rows.Count;
    }
}
