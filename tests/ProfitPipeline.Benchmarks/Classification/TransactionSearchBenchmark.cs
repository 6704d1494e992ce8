using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using ProfitPipeline.Classification;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Benchmarks.Classification;

/// <summary>
/// The transaction listing over a ledger of five years on Azurite: a first page, a rare text, a category, every page in turn,
/// and the rows a review correction reads, against reading the whole ledger once in the same run (what both did before).
/// </summary>
internal sealed class TransactionSearchBenchmark : IBenchmark
{
    private const int Months = 60;
    private const int RowsPerMonth = 2_000;
    private static readonly DateOnly FirstMonth = new(2021, 12, 1);
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public string Name => "transaction-search";

    public string Description => string.Create(CultureInfo.InvariantCulture, $"list transactions over {Months * RowsPerMonth:N0} rows in {Months} months on Azurite");

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pp-bench-" + Guid.NewGuid().ToString("N"));
        Environment.SetEnvironmentVariable("NODE_OPTIONS", "--max-old-space-size=8192");
        await using (var azurite = await AzuriteProcess.StartAsync(folder, null, TimeSpan.FromSeconds(60), cancellationToken, inMemory: true))
        {
            var account = new StorageAccount(Options.Create(new StorageOptions { ConnectionString = azurite.Endpoints.ConnectionString, NamePrefix = "bench" }));
            await account.EnsureCreatedAsync(cancellationToken);
            var transactions = new TransactionStore(account);
            var imports = new ImportStore(account);
            await StoreAsync(report, transactions, imports, cancellationToken);

            var whole = Stopwatch.StartNew();
            var all = await transactions.ReadAsync(await imports.CompleteImportIdsAsync(cancellationToken), cancellationToken);
            whole.Stop();
            report.Figure("baseline: read the whole ledger once", whole.Elapsed.TotalSeconds, string.Create(CultureInfo.InvariantCulture, $"s ({all.Count:N0} rows)"));

            var search = new TransactionSearch(transactions, imports, CategoryChart.Default, new FixedTime(Now));
            await MeasureAsync(report, search, "first page of 50, no filter", new TransactionFilter(Limit: 50), whole.Elapsed, cancellationToken);
            await MeasureAsync(report, search, "first page of 200, category", new TransactionFilter(Category: "hosting"), whole.Elapsed, cancellationToken);
            await MeasureAsync(report, search, "rare text (3 rows in 5 years)", new TransactionFilter(Text: RareCounterparty), whole.Elapsed, cancellationToken);
            await MeasureAsync(report, search, "text in no row", new TransactionFilter(Text: "no such payee"), whole.Elapsed, cancellationToken);
            await MeasureAsync(report, search, "two-character text (3 rows in 5 years)", new TransactionFilter(Text: ShortCounterparty), whole.Elapsed, cancellationToken);
            await MeasureAsync(report, search, "one-character text (3 rows in 5 years)", new TransactionFilter(Text: RareCharacter), whole.Elapsed, cancellationToken);
            await MeasureAsync(report, search, "first page of 200, a frequent payee's text", new TransactionFilter(Text: "payee 000"), whole.Elapsed, cancellationToken);
            await MeasureAllPagesAsync(report, search, whole.Elapsed, cancellationToken);

            // What a review correction reads now (it read the whole ledger before): the corrected rows by id.
            var ids = all.Where((_, i) => i % 24_000 == 5).Select(t => t.Id.Value).ToList();
            var find = Stopwatch.StartNew();
            var found = await transactions.FindAsync(await imports.CompleteImportIdsAsync(cancellationToken), ids, cancellationToken);
            find.Stop();
            report.Figure("rows found by id, as a review correction reads them", find.Elapsed.TotalMilliseconds, string.Create(CultureInfo.InvariantCulture, $"ms ({found.Count} of {ids.Count} ids)"));
            report.Figure("whole-ledger read / rows found by id", whole.Elapsed / find.Elapsed, "x");

            // What an import checks before it writes: which of its rows are stored already (here the whole ledger again).
            var existence = Stopwatch.StartNew();
            var existing = await transactions.FindExistingAsync(all, cancellationToken);
            existence.Stop();
            report.Figure("existence check of the whole ledger imported again", existence.Elapsed.TotalSeconds, string.Create(CultureInfo.InvariantCulture, $"s ({existing.Count:N0} of {all.Count:N0} rows found)"));
        }

        Directory.Delete(folder, recursive: true);
    }

    private const string RareCounterparty = "Harbour Lights Bakery";

    /// <summary>A letter only <see cref="RareCounterparty"/>'s rows hold.</summary>
    private const string RareCharacter = "k";

    /// <summary>A payee whose whole name is two letters, which no other row's text holds.</summary>
    private const string ShortCounterparty = "BP";

    private static async Task StoreAsync(BenchmarkReport report, TransactionStore transactions, ImportStore imports, CancellationToken cancellationToken)
    {
        var import = ImportId.FromSha256(new byte[32]);
        var rows = Rows(import);
        var load = Stopwatch.StartNew();
        var (_, claim) = await imports.ClaimAsync(import, "ledger.csv", Now, cancellationToken);
        await transactions.UpsertAsync(rows, cancellationToken);
        await imports.FinishAsync(claim, ImportRecord.Complete, "generated", rows.Count, 0, 0, Now, cancellationToken);
        load.Stop();
        report.Figure("ledger stored in Azurite (setup)", load.Elapsed.TotalSeconds, "s");
    }

    private static async Task MeasureAsync(BenchmarkReport report, TransactionSearch search, string name, TransactionFilter filter, TimeSpan baseline, CancellationToken cancellationToken)
    {
        var timer = Stopwatch.StartNew();
        var page = await search.FindAsync(filter, cancellationToken);
        timer.Stop();
        report.Figure(name, timer.Elapsed.TotalMilliseconds, string.Create(CultureInfo.InvariantCulture, $"ms ({page.Rows.Count} rows)"));
        report.Figure(name + ": whole-ledger read / this", baseline / timer.Elapsed, "x");
    }

    private static async Task MeasureAllPagesAsync(BenchmarkReport report, TransactionSearch search, TimeSpan baseline, CancellationToken cancellationToken)
    {
        var timer = Stopwatch.StartNew();
        var (rows, pages) = (0, 0);
        TransactionCursor? after = null;
        do
        {
            var page = await search.FindAsync(new TransactionFilter(Limit: TransactionFilter.MaximumLimit, After: after), cancellationToken);
            rows += page.Rows.Count;
            pages++;
            after = page.Next;
        }
        while (after is not null);

        timer.Stop();
        report.Figure("every page of 5,000 in turn", timer.Elapsed.TotalSeconds, string.Create(CultureInfo.InvariantCulture, $"s ({rows:N0} rows, {pages} pages)"));
        report.Figure("every page / whole-ledger read", timer.Elapsed / baseline, "x");
    }

    /// <summary>Card payments to 400 payees with skewed frequencies, a tenth tagged hosting; two payees three times each in five years.</summary>
    private static List<LedgerTransaction> Rows(ImportId import)
    {
        var random = new Random(7);
        var payees = Enumerable.Range(0, 400).Select(i => string.Create(CultureInfo.InvariantCulture, $"Payee {i:D3} Ltd")).ToArray();
        var rows = new List<LedgerTransaction>(Months * RowsPerMonth);
        for (var m = 0; m < Months; m++)
        {
            for (var i = 0; i < RowsPerMonth; i++)
            {
                var n = rows.Count;
                var payee = (n % 40_000) switch
                {
                    17 => RareCounterparty,
                    29 => ShortCounterparty,
                    _ => payees[(int)(400 * Math.Pow(random.NextDouble(), 2))],
                };
                var parsed = new ParsedTransaction
                {
                    Line = n + 1,
                    Kind = TransactionKind.BankDebit,
                    BookingDate = FirstMonth.AddMonths(m).AddDays(random.Next(0, 28)),
                    Amount = new Money(-random.Next(100, 100_000) / 100m, CurrencyCode.Eur),
                    Counterparty = payee,
                    Description = string.Create(CultureInfo.InvariantCulture, $"Card payment {payee} ref {n:D7}"),
                };
                var tags = new TransactionTags(Category: new Tag(i % 10 == 0 ? "hosting" : "software", TagSource.Model, 0.97m) { Accepted = true });
                rows.Add(new LedgerTransaction(parsed, new TransactionId(string.Create(CultureInfo.InvariantCulture, $"T{n:D8}")), new SourceLocation(import, "ledger.csv", n + 1)) { Tags = tags });
            }
        }

        return rows;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
