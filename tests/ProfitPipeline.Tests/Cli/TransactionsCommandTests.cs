using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Cli;

/// <summary>Finding a row with <c>profit transactions</c> (a page at a time) and correcting it with <c>profit review correct --remember</c>, as a user would.</summary>
public sealed class TransactionsCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task FoundRowCorrectedWithRemember_ItsPayeesOtherRowsFollow()
    {
        var ct = TestContext.Current.CancellationToken;
        var environment = new Dictionary<string, string>
        {
            ["ProfitPipeline__Storage__ConnectionString"] = azurite.ConnectionString,
            ["ProfitPipeline__Storage__NamePrefix"] = "cli" + Guid.NewGuid().ToString("N")[..8],
        };
        var csv = Path.Combine(Path.GetTempPath(), $"bank-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, "Date,Description,Counterparty,Amount,Currency\n2026-03-02,Fonts,Fontspring,-49.00,EUR\n2026-03-20,Fonts,Fontspring,-19.00,EUR\n2026-03-21,Ride,Lyft,-18.40,EUR\n", ct);
        try
        {
            Assert.Equal(0, (await ProfitProcess.RunAsync(["ingest", csv], environment, ct)).ExitCode);
            var found = ProfitProcess.JsonLines((await ProfitProcess.RunAsync(["transactions", "--text", "fontspring", "--from", "2026-03-01", "--json"], environment, ct)).Output);
            var oldest = found[^1].GetProperty("transactionId").GetString()!;

            var corrected = await ProfitProcess.RunAsync(["review", "correct", oldest, "--category", "Software", "--remember"], environment, ct);
            var software = ProfitProcess.JsonLines((await ProfitProcess.RunAsync(["transactions", "--category", "software", "--json"], environment, ct)).Output);
            var badDate = await ProfitProcess.RunAsync(["transactions", "--from", "21/03/2026"], environment, ct);
            var firstPage = await ProfitProcess.RunAsync(["transactions", "--limit", "2"], environment, ct);
            var after = System.Text.RegularExpressions.Regex.Match(firstPage.Output, "--after (\\S+) ").Groups[1].Value;
            var secondPage = await ProfitProcess.RunAsync(["transactions", "--limit", "2", "--after", after, "--json"], environment, ct);
            var badCursor = await ProfitProcess.RunAsync(["transactions", "--after", "page2"], environment, ct);
            var reviewPage = await ProfitProcess.RunAsync(["review", "--limit", "1"], environment, ct);
            var reviewZero = await ProfitProcess.RunAsync(["review", "--limit", "0"], environment, ct);

            Assert.Equal(2, found.Count);
            Assert.Equal((0, "Saved, and remembered as rule review-bankdebit-fontspring."), (corrected.ExitCode, corrected.Output.Trim()));
            Assert.Equal(
                [("human", -49.00m), ("rule", -19.00m)],
                software.Select(r => (r.GetProperty("tags").GetProperty("category").GetProperty("source").GetString()!.ToLowerInvariant(), r.GetProperty("amount").GetDecimal())).OrderBy(r => r.Item2));
            Assert.NotEqual(0, badDate.ExitCode);
            Assert.Contains("'21/03/2026' is not a date: write it as yyyy-MM-dd.", badDate.Error, StringComparison.Ordinal);
            Assert.EndsWith($"2 rows; more rows match: add --after {after} for the next page.", firstPage.Output.Trim(), StringComparison.Ordinal);
            Assert.Equal([-49.00m], ProfitProcess.JsonLines(secondPage.Output).Select(r => r.GetProperty("amount").GetDecimal()));
            Assert.Contains("'page2' is not a cursor", badCursor.Error, StringComparison.Ordinal);
            Assert.Equal(0, reviewPage.ExitCode);
            Assert.Matches("^[0-9]+ waiting for review(; 1 shown, add --after \\S+ for the next page)?\\.$", reviewPage.Output.Trim().Split('\n')[^1]);
            Assert.Equal((2, "profit review: The limit must be between 1 and 5000."), (reviewZero.ExitCode, reviewZero.Error.Trim()));
        }
        finally
        {
            File.Delete(csv);
        }
    }
}
