using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Cli;

public sealed class IngestCommandTests(AzuriteFixture azurite)
{
    private static readonly string Camt = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Camt", "camt053.v2.minimal.xml");
    private static readonly string Ofx = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ofx", "checking.ofx");

    [Fact]
    public async Task DryRunJson_PrintsOneObjectPerFileWithTheAgreedFields()
    {
        var ct = TestContext.Current.CancellationToken;

        var (exit, output, _) = await ProfitProcess.RunAsync(["ingest", "--dry-run", "--json", Camt, Ofx], null, ct);

        Assert.Equal(0, exit);
        var reports = ProfitProcess.JsonLines(output);
        Assert.Equal(2, reports.Count);
        foreach (var field in new[] { "file", "format", "transactions", "duplicates", "rejected", "quarantined", "reasons" })
        {
            Assert.All(reports, r => Assert.True(r.TryGetProperty(field, out _), $"missing '{field}'"));
        }

        Assert.Equal(("camt053.v2.minimal.xml", "Camt", false), (reports[0].GetProperty("file").GetString(), reports[0].GetProperty("format").GetString(), reports[0].GetProperty("quarantined").GetBoolean()));
        Assert.Equal(("checking.ofx", "Ofx", 3), (reports[1].GetProperty("file").GetString(), reports[1].GetProperty("format").GetString(), reports[1].GetProperty("transactions").GetInt32()));
    }

    [Fact]
    public async Task IngestTwice_SecondRunCountsEveryRowAsDuplicate()
    {
        var ct = TestContext.Current.CancellationToken;
        var environment = new Dictionary<string, string>
        {
            ["ProfitPipeline__Storage__ConnectionString"] = azurite.ConnectionString,
            ["ProfitPipeline__Storage__NamePrefix"] = "cli" + Guid.NewGuid().ToString("N")[..8],
        };

        var first = ProfitProcess.JsonLines((await ProfitProcess.RunAsync(["ingest", "--json", Ofx], environment, ct)).Output).Single();
        var second = ProfitProcess.JsonLines((await ProfitProcess.RunAsync(["ingest", "--json", Ofx], environment, ct)).Output).Single();

        Assert.Equal((3, 0), (first.GetProperty("transactions").GetInt32(), first.GetProperty("duplicates").GetInt32()));
        Assert.Equal((0, 3), (second.GetProperty("transactions").GetInt32(), second.GetProperty("duplicates").GetInt32()));
    }

    [Fact]
    public async Task UnknownFile_IsReportedQuarantinedWithAReason()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".bin");
        await File.WriteAllBytesAsync(path, [0, 1, 2, 3, 4, 5, 6, 7], ct);
        try
        {
            var report = ProfitProcess.JsonLines((await ProfitProcess.RunAsync(["ingest", "--dry-run", "--json", path], null, ct)).Output).Single();

            Assert.True(report.GetProperty("quarantined").GetBoolean());
            Assert.StartsWith("unknown format", report.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
