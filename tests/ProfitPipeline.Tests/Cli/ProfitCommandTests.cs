using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Cli;

/// <summary>What every <c>profit</c> command does with settings it cannot use, run as a user would.</summary>
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
}
