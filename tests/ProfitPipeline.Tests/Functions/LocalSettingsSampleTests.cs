using System.Text.Json.Nodes;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Tests.Infra;

namespace ProfitPipeline.Tests.Functions;

/// <summary>local.settings.sample.json is what a developer copies to run the Functions app on Azurite: it must name every setting
/// the functions' attributes and core's options read.</summary>
public sealed class LocalSettingsSampleTests
{
    private static readonly JsonObject Values =
        JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("local.settings.sample.json")))!["Values"]!.AsObject();

    [Fact]
    public void Sample_RunsTheIsolatedWorkerOnAzurite()
    {
        Assert.Equal("dotnet-isolated", (string)Values["FUNCTIONS_WORKER_RUNTIME"]!);
        Assert.Equal(StorageOptions.DevelopmentConnectionString, (string)Values["AzureWebJobsStorage"]!);
        Assert.Equal(StorageOptions.DevelopmentConnectionString, (string)Values["ProfitStorage"]!);
        Assert.Equal(StorageOptions.DevelopmentConnectionString, (string)Values[SettingName(StorageOptions.SectionName, nameof(StorageOptions.ConnectionString))]!);
        Assert.NotNull(Values[SettingName(IngestionOptions.SectionName, nameof(IngestionOptions.DefaultCurrency))]);
    }

    [Fact]
    public void Sample_GivesEveryTimerItsCatalogSchedule()
    {
        var timers = PipelineCatalog.Jobs.Select(j => j.Trigger).OfType<TimerTrigger>().ToList();

        Assert.NotEmpty(timers);
        Assert.All(timers, t => Assert.Equal(t.DefaultSchedule, (string)Values[t.ScheduleSetting]!));
    }

    [Fact]
    public void Sample_HoldsNoSecret()
    {
        Assert.All(Values, v => Assert.DoesNotContain("AccountKey", (string)v.Value!, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(string.Empty, (string)Values["APPLICATIONINSIGHTS_CONNECTION_STRING"]!);
        Assert.Equal(string.Empty, (string)Values["ProfitPipeline__Digest__WebhookUrl"]!);
    }

    /// <summary>Environment-variable form of a configuration key: "A:B" becomes "A__B".</summary>
    private static string SettingName(string section, string key) => (section + ":" + key).Replace(":", "__", StringComparison.Ordinal);
}
