using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Cli;

/// <summary>What <c>profit</c> commands do with settings they cannot use, and <c>profit model</c>, run as a user would.</summary>
public sealed class ProfitCommandTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("review")]
    [InlineData("serve")]
    public async Task SettingOutOfRange_OneLineNamingItAndExitCodeTwo(string command)
    {
        var environment = new Dictionary<string, string>
        {
            ["ProfitPipeline__Storage__ConnectionString"] = azurite.ConnectionString,
            ["ProfitPipeline__Classification__TargetPrecision"] = "95",
        };

        var (exit, output, error) = await ProfitProcess.RunAsync([command], environment, TestContext.Current.CancellationToken);

        Assert.Equal(
            (2, string.Empty, "profit: ProfitPipeline:Classification:TargetPrecision must be above 0.5 and below 1 (0.95 is 95%)."),
            (exit, output, error.Trim()));
    }

    [Fact]
    public async Task ModelBeforeTheFirstOne_SaysWhereTagsComeFromAndJsonIsNull()
    {
        var ct = TestContext.Current.CancellationToken;
        var environment = new Dictionary<string, string>
        {
            ["ProfitPipeline__Storage__ConnectionString"] = azurite.ConnectionString,
            ["ProfitPipeline__Storage__NamePrefix"] = "cli" + Guid.NewGuid().ToString("N")[..8],
        };

        var text = await ProfitProcess.RunAsync(["model"], environment, ct);
        var json = await ProfitProcess.RunAsync(["model", "--json"], environment, ct);

        Assert.Equal((0, ProfitPipeline.Classification.Learning.ModelStatus.NoneYet), (text.ExitCode, text.Output.Trim()));
        Assert.Equal((0, "null"), (json.ExitCode, json.Output.Trim()));
    }
}
