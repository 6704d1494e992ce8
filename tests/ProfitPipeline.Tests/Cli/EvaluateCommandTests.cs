using System.Text.Json;

namespace ProfitPipeline.Tests.Cli;

/// <summary><c>profit evaluate</c> as a user runs it, on slices of the Oxford sample written to a temporary folder.</summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Labelled", "oxford-spend-sample.csv");

    private readonly string _folder = Directory.CreateTempSubdirectory("profit-evaluate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task LabelColumnMissing_ExitCode2NamingTheFileAndItsColumns()
    {
        var (train, test) = WriteSlices(600, 200, broken: null);

        var (exit, output, error) = await Evaluate([.. Arguments(train, test, "cost centre")], TestContext.Current.CancellationToken);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal("profit evaluate: train.csv: line 1: no column 'cost centre' in the header (it has: date, supplier, area, type, amount, category).", error.Trim());
    }

    [Fact]
    public async Task RollingJsonWithABadRow_RowReportedAndKeptAndPooledBlocksAdded()
    {
        var (train, test) = WriteSlices(600, 200, broken: 3);

        var (exit, output, error) = await Evaluate([.. Arguments(train, test, "category"), "--json", "--rolling"], TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            ["test.csv: line 5, column 'amount': 'twelve' is not an amount; the row is kept without one",
             "test.csv: line 5, column 'date': '31/02/2015' is not a date (the column's dates are yyyy-MM-dd); the row is kept without one"],
            lines);
        using var report = JsonDocument.Parse(output);
        Assert.Equal(200, report.RootElement.GetProperty("testRows").GetInt32());
        var rolling = report.RootElement.GetProperty("rolling");
        Assert.Equal(1, rolling.GetProperty("undatedRows").GetInt32());
        Assert.Equal(5, rolling.GetProperty("folds").GetArrayLength());
        Assert.Equal(
            rolling.GetProperty("testRows").GetInt32(),
            rolling.GetProperty("folds").EnumerateArray().Sum(f => f.GetProperty("testRows").GetInt32()));
        Assert.InRange(rolling.GetProperty("macroF1").GetDouble(), 0.01, 1d);
        AssertPooledAcceptanceAddsUp(rolling);
        AssertSpotChecksReplayTheAcceptedRows(report.RootElement);
        foreach (var block in rolling.GetProperty("folds").EnumerateArray())
        {
            AssertSpotChecksReplayTheAcceptedRows(block);
        }
    }

    [Fact]
    public async Task CounterpartyFolds_PooledFoldsPrintedAndInJson()
    {
        var (train, test) = WriteSlices(600, 200, broken: null);

        var text = await Evaluate([.. Arguments(train, test, "category"), "--counterparty-folds"], TestContext.Current.CancellationToken);
        var json = await Evaluate([.. Arguments(train, test, "category"), "--counterparty-folds", "--json"], TestContext.Current.CancellationToken);

        Assert.Equal((0, string.Empty), (text.ExitCode, text.Error));
        Assert.Contains("counterparty folds over both files' rows (each fold's counterparties never seen in its training):", text.Output, StringComparison.Ordinal);
        Assert.Contains("pooled 800 test rows: accuracy ", text.Output, StringComparison.Ordinal);
        Assert.Contains("confidence shown on the test rows against how often they were right (expected calibration error ", text.Output, StringComparison.Ordinal);
        Assert.Contains("confidence shown on the pooled rows against how often they were right (expected calibration error ", text.Output, StringComparison.Ordinal);
        Assert.Contains("of pooled rows auto-accepted (each by its own models' threshold), precision ", text.Output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(json.Output);
        var folds = report.RootElement.GetProperty("counterpartyFolds");
        AssertPooledAcceptanceAddsUp(folds);
        Assert.Equal(5, folds.GetProperty("folds").GetArrayLength());
        Assert.Equal(800, folds.GetProperty("folds").EnumerateArray().Sum(f => f.GetProperty("testRows").GetInt32()));
        Assert.All(folds.GetProperty("folds").EnumerateArray(), f => Assert.Equal(800, f.GetProperty("trainRows").GetInt32() + f.GetProperty("testRows").GetInt32()));
        Assert.False(report.RootElement.TryGetProperty("rolling", out _), "rolling was not asked for");
        var bins = report.RootElement.GetProperty("reliability").GetProperty("bins").EnumerateArray().ToList();
        Assert.Equal(report.RootElement.GetProperty("testRows").GetInt32(), bins.Sum(b => b.GetProperty("rows").GetInt32()));
    }

    [Fact]
    public async Task TinyTabSeparatedFiles_EvaluatedWithAnUnvalidatedModelAndEnumsNamedInJson()
    {
        var train = Path.Combine(_folder, "train.tsv");
        var test = Path.Combine(_folder, "test.tsv");
        File.WriteAllText(train, "desc\tcat\n\"coffee\nshop\"\tFood\ntaxi ride\tTravel\ncoffee beans\tFood\nuber trip\tTravel\nlunch cafe\tFood\nflight\tTravel\n");
        File.WriteAllText(test, "desc\tcat\ncoffee\tFood\ntaxi\tTravel\nrent\tRent\n");
        string[] arguments = ["evaluate", "--train", train, "--test", test, "--text", "desc", "--label", "cat"];

        var text = await Evaluate(arguments, TestContext.Current.CancellationToken);
        var json = await Evaluate([.. arguments, "--json"], TestContext.Current.CancellationToken);

        Assert.Equal((0, string.Empty), (text.ExitCode, text.Error));
        Assert.Contains("picked MaximumEntropy (never auto-accepts): no validation rows", text.Output, StringComparison.Ordinal);
        Assert.Contains("MaximumEntropy: not validated (too few rows to hold any out)", text.Output, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        using var report = JsonDocument.Parse(json.Output);
        Assert.Equal("maximumEntropy", report.RootElement.GetProperty("picked").GetString());
        Assert.Equal(3, report.RootElement.GetProperty("testRows").GetInt32());
        Assert.Equal(0d, report.RootElement.GetProperty("coverageAt95").GetDouble());
    }

    [Fact]
    public async Task SmallEasyFiles_NeverAutoAccepting_SaysItTakesMoreValidationRows()
    {
        // Three labels a word tells apart: every validation row is right, but 60 rows cannot show 95% precision.
        string Rows(int count) => string.Concat(Enumerable.Range(0, count).Select(i =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"2024-{1 + (i / 28 % 12):00}-{1 + (i % 28):00},{new[] { "cafe", "uber", "landlord" }[i % 3]} {i % 7},{new[] { "Food", "Travel", "Rent" }[i % 3]}\n")));
        var train = Path.Combine(_folder, "train.csv");
        var test = Path.Combine(_folder, "test.csv");
        File.WriteAllText(train, "date,payee,category\n" + Rows(300));
        File.WriteAllText(test, "date,payee,category\n" + Rows(90));
        string[] arguments = ["evaluate", "--train", train, "--test", test, "--text", "payee", "--label", "category", "--date", "date"];

        var text = await Evaluate(arguments, TestContext.Current.CancellationToken);
        var json = await Evaluate([.. arguments, "--json"], TestContext.Current.CancellationToken);

        Assert.Equal((0, string.Empty), (text.ExitCode, text.Error));
        Assert.Contains("(never auto-accepts: no cut of its 60 validation rows reached 95 % precision at the lower end of its 95% interval; even with every row right that takes 73 rows)", text.Output, StringComparison.Ordinal);
        Assert.Contains("accuracy 1  macro-F1 1", text.Output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(json.Output);
        Assert.StartsWith("no cut of its 60 validation rows", report.RootElement.GetProperty("neverAcceptsBecause").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The pooled rows' reliability bins hold every row, and the pooled coverage and precision are the folds' put together.</summary>
    private static void AssertPooledAcceptanceAddsUp(JsonElement pooled)
    {
        var rows = pooled.GetProperty("testRows").GetInt32();
        Assert.Equal(rows, pooled.GetProperty("reliability").GetProperty("bins").EnumerateArray().Sum(b => b.GetProperty("rows").GetInt32()));
        var folds = pooled.GetProperty("folds").EnumerateArray().Select(f => (
            Accepted: f.GetProperty("coverage").GetDouble() * f.GetProperty("testRows").GetInt32(),
            Precision: f.GetProperty("acceptedPrecision").GetDouble())).ToList();
        var accepted = folds.Sum(f => f.Accepted);
        Assert.Equal(accepted / rows, pooled.GetProperty("coverageAt95").GetDouble(), 9);
        Assert.Equal(accepted == 0 ? 0 : folds.Sum(f => f.Accepted * f.Precision) / accepted, pooled.GetProperty("precisionAt95").GetDouble(), 9);
    }

    /// <summary>Spot checks at 1 in 50 and 1 in 10, and a model's first checks, replay exactly the rows the model auto-accepted, and check no more than they take.</summary>
    private static void AssertSpotChecksReplayTheAcceptedRows(JsonElement scored)
    {
        // A block names its share "coverage", the whole report "coverageAt95".
        var share = scored.TryGetProperty("coverage", out var coverage) ? coverage.GetDouble() : scored.GetProperty("coverageAt95").GetDouble();
        var accepted = (int)Math.Round(scored.GetProperty("testRows").GetInt32() * share);
        var replays = scored.GetProperty("spotChecks").EnumerateArray().ToList();
        Assert.Equal([50, 10, 0], replays.Select(r => r.GetProperty("every").GetInt32()));
        Assert.All(replays, r =>
        {
            // Every 0: a model's first checks, at most 20 and one in five of the accepted rows.
            var every = r.GetProperty("every").GetInt32();
            Assert.Equal(accepted, r.GetProperty("accepted").GetInt32());
            Assert.InRange(r.GetProperty("checked").GetInt32(), 0, every == 0 ? Math.Min(20, (accepted + 4) / 5) : accepted / every);
            Assert.InRange(r.GetProperty("wrong").GetInt32(), 0, r.GetProperty("checked").GetInt32());
        });
    }

    private static IEnumerable<string> Arguments(string train, string test, string label) =>
        ["evaluate", "--train", train, "--test", test, "--text", "supplier", "--text", "area", "--label", label, "--amount", "amount", "--date", "date"];

    private static Task<(int ExitCode, string Output, string Error)> Evaluate(IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        ProfitProcess.RunAsync(arguments, null, cancellationToken);

    /// <summary>The sample's first rows as train.csv and the next as test.csv; <paramref name="broken"/> is a test row (0-based) given an amount and a date that do not parse.</summary>
    private (string Train, string Test) WriteSlices(int trainRows, int testRows, int? broken)
    {
        var lines = File.ReadAllLines(Sample);
        var test = lines.Skip(1 + trainRows).Take(testRows).ToArray();
        if (broken is { } row)
        {
            var fields = test[row].Split(',');
            fields[0] = "31/02/2015";
            fields[^2] = "twelve";
            test[row] = string.Join(',', fields);
        }

        var trainPath = Path.Combine(_folder, "train.csv");
        var testPath = Path.Combine(_folder, "test.csv");
        File.WriteAllLines(trainPath, [lines[0], .. lines.Skip(1).Take(trainRows)]);
        File.WriteAllLines(testPath, [lines[0], .. test]);
        return (trainPath, testPath);
    }
}
