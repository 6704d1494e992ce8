using ProfitPipeline.Classification;
using ProfitPipeline.Ledger;
using ProfitPipeline.Tests.Azurite;
using ProfitPipeline.Tests.Classification;
using ProfitPipeline.Tests.Classification.Learning;

namespace ProfitPipeline.Tests.Cli;

/// <summary><c>profit review export</c> and <c>import</c> as processes on Azurite: the queue answered in a spreadsheet.</summary>
public sealed class ReviewSheetCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("review-sheet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task SheetExportedAnsweredCheckedAndImported_AnswersAppliedBlankRowsWaitAndABadCategoryPlaced()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await MarchWaiting.StartAsync(azurite, ct);
        var path = Path.Combine(_folder, "review.csv");

        var export = await ProfitProcess.RunAsync(["review", "export", "--out", path], scope.ProfitEnvironment, ct);
        var lines = (await File.ReadAllLinesAsync(path, ct)).ToList();
        int Line(string date, string description) => lines.FindIndex(l => l.Contains($",{date},", StringComparison.Ordinal) && l.Contains(description, StringComparison.Ordinal));
        void Answer(int index, string answers) => lines[index] = lines[index][..^",,,".Length] + answers;
        var (sentry, fees, refund) = (Line("2026-03-06", "errors"), Line("2026-03-31", "ACCOUNT FEES"), Line("2026-03-09", "refund"));
        Answer(sentry, "software,,,yes");
        Answer(fees, "Bank fees,,,");
        Answer(refund, "yachts,,,");
        await File.WriteAllLinesAsync(path, lines, ct);
        var check = await ProfitProcess.RunAsync(["review", "import", path, "--dry-run"], scope.ProfitEnvironment, ct);
        var waitingAfterCheck = (await scope.Get<ReviewQueue>().PendingAsync(ct)).Count;
        var import = await ProfitProcess.RunAsync(["review", "import", path], scope.ProfitEnvironment, ct);

        Assert.Equal(0, export.ExitCode);
        Assert.Contains("Wrote 8 rows to answer (waiting for review, or tagged by nothing) to review.csv.", export.Error, StringComparison.Ordinal);
        Assert.Equal(9, lines.Count);
        Assert.Equal((1, 8), (check.ExitCode, waitingAfterCheck));
        Assert.Equal("review.csv: 2 answers would be applied, 1 not, 5 rows left blank; nothing saved (run it again without --dry-run).", check.Output.Trim());
        Assert.Equal(1, import.ExitCode);
        Assert.Equal("review.csv: 2 answers applied, 1 not applied, 5 rows left blank; remembered as rules: review-bankdebit-sentry.", import.Output.Trim());
        var problem = Assert.Single(import.Error.Split('\n'), l => l.StartsWith("review.csv:", StringComparison.Ordinal));
        Assert.StartsWith($"review.csv:{refund + 1}: ", problem, StringComparison.Ordinal);
        Assert.Contains("yachts", problem, StringComparison.Ordinal);
        var ledger = await scope.ReadLedgerAsync(ct);
        Assert.Equal(
            [("software", TagSource.Human), ("software", TagSource.Rule)],
            ledger.Where(t => t.Counterparty == "Sentry").OrderBy(t => t.BookingDate).Select(t => (t.Tags.Category!.Value, t.Tags.Category.Source)));
        Assert.Equal(("bank-fees", TagSource.Human), ledger.Where(t => t.BookingDate == new DateOnly(2026, 3, 31)).Select(t => (t.Tags.Category!.Value, t.Tags.Category.Source)).Single());
        Assert.Equal(5, (await scope.Get<ReviewQueue>().PendingAsync(ct)).Count);
    }

    [Fact]
    public async Task BankRowsOnlyAnsweredInTheSheet_ImportSaysTheFirstModelWasTrained()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("january.csv", RidesAndServers.RidesAndServersCsv(30), ct);
        var path = Path.Combine(_folder, "review.csv");

        var export = await ProfitProcess.RunAsync(["review", "export", "--out", path], scope.ProfitEnvironment, ct);
        var lines = await File.ReadAllLinesAsync(path, ct);
        await File.WriteAllLinesAsync(path, lines.Select((l, i) => i == 0 ? l : l[..^3] + (l.Contains("Lyft", StringComparison.Ordinal) ? "travel,,," : "hosting,,,")), ct);
        var import = await ProfitProcess.RunAsync(["review", "import", path], scope.ProfitEnvironment, ct);

        Assert.Equal((0, 31), (export.ExitCode, lines.Length));
        Assert.Equal(0, import.ExitCode);
        var output = import.Output.Trim().Split('\n');
        Assert.Equal("review.csv: 30 answers applied, 0 not applied, 0 rows left blank.", output[0].TrimEnd());
        Assert.StartsWith("No model yet, so a first one was trained from the labels: Promoted model ", output[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportOfAFileThatIsNotASheet_Exit2WithTheReason()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(_folder, "notes.csv");
        await File.WriteAllTextAsync(path, "id,notes\nt1,hello\n", ct);

        var import = await ProfitProcess.RunAsync(["review", "import", path], environment: null, ct);

        Assert.Equal(2, import.ExitCode);
        Assert.Contains("profit review import: notes.csv: line 1: a review sheet needs a 'transaction_id' column and one or more of 'category', 'customer' and 'project' (this header has: id, notes).", import.Error, StringComparison.Ordinal);
    }
}
