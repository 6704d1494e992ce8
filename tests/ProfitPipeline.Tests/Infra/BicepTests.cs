using System.Text.Json.Nodes;
using System.Xml.Linq;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Tests.Infra;

/// <summary>
/// Compiles every template with the real Bicep CLI (any warning fails) and checks the security baseline in the ARM JSON it
/// produces: identity-only storage, scoped data roles, no keys, Flex Consumption, and names that agree with core.
/// </summary>
public sealed class BicepTests
{
    private const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string Owner = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    private const string Contributor = "b24988ac-6180-42a0-ab88-20f7382dd24c";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    private const string KeyVaultCryptoUser = "12338af0-0e69-4776-bea7-57ae8d297424";

    private static JsonObject Main => BicepCompiler.Templates["main.bicep"];

    private static JsonObject EventGrid => BicepCompiler.Templates["eventgrid/blob-subscription.bicep"];

    [Fact]
    public void EveryTemplate_CompilesWithoutErrorsOrWarnings()
    {
        var sources = BicepCompiler.SourceFiles().ToList();

        Assert.Contains(sources, s => s.EndsWith("main.bicep", StringComparison.Ordinal));
        Assert.Equal(sources.Count, BicepCompiler.Templates.Count);
        Assert.All(BicepCompiler.Templates.Values, t => Assert.NotNull(t["resources"]));
    }

    [Fact]
    public void StorageAccounts_AcceptOnlyEntraIdOverTls12AndAreNeverPublic()
    {
        var accounts = ArmTemplate.OfType(Main, "Microsoft.Storage/storageAccounts").ToList();

        Assert.Equal(2, accounts.Count);
        Assert.All(accounts, a =>
        {
            Assert.False((bool)a.Properties["allowSharedKeyAccess"]!);
            Assert.Equal("TLS1_2", (string)a.Properties["minimumTlsVersion"]!);
            Assert.True((bool)a.Properties["supportsHttpsTrafficOnly"]!);
            Assert.False((bool)a.Properties["allowBlobPublicAccess"]!);
        });
    }

    [Fact]
    public void BlobServices_KeepDeletedBlobsVersionsAndContainers()
    {
        var services = ArmTemplate.OfType(Main, "Microsoft.Storage/storageAccounts/blobServices").ToList();

        Assert.NotEmpty(services);
        Assert.All(services, s =>
        {
            Assert.True((bool)s.Properties["isVersioningEnabled"]!);
            Assert.True((bool)s.Properties["deleteRetentionPolicy"]!["enabled"]!);
            Assert.True((bool)s.Properties["containerDeleteRetentionPolicy"]!["enabled"]!);
        });
    }

    [Fact]
    public void DataAccount_HoldsExactlyCoresContainersAndTables()
    {
        var data = ArmTemplate.Deployment(Main, "data-storage")["properties"]!["parameters"]!;

        Assert.Equal(StorageNames.Containers.All, Strings(ArmTemplate.Resolve(data["containerNames"]!["value"], Main)));
        Assert.Equal(StorageNames.Tables.All, Strings(ArmTemplate.Resolve(data["tableNames"]!["value"], Main)));
        Assert.Null(data["serviceWideQueueAccess"]);
        Assert.Null(data["serviceWideTableAccess"]);
    }

    [Fact]
    public void RoleAssignments_AreScopedBelowTheAccountAndNeverOwner()
    {
        var assignments = BicepCompiler.Templates.Values.SelectMany(t => ArmTemplate.OfType(t, "Microsoft.Authorization/roleAssignments")).ToList();
        string[] allowedScopes =
        [
            "Microsoft.Storage/storageAccounts/blobServices/containers",
            "Microsoft.Storage/storageAccounts/tableServices/tables",
            "Microsoft.Storage/storageAccounts/queueServices/queues",
            "Microsoft.Storage/storageAccounts/queueServices",
            "Microsoft.Storage/storageAccounts/tableServices",
            "Microsoft.Insights/components",
            "Microsoft.KeyVault/vaults/keys",
            "Microsoft.KeyVault/vaults/secrets",
        ];

        Assert.NotEmpty(assignments);
        Assert.All(assignments, a =>
        {
            Assert.Contains(ArmTemplate.ScopeType(a), allowedScopes);
            Assert.DoesNotContain(ArmTemplate.RoleDefinitionGuid(a), new[] { BlobDataOwner, Owner, Contributor });
        });
    }

    [Fact]
    public void ApplicationInsights_RefusesLocalAuthAndTheIdentityMayPublish()
    {
        var insights = Assert.Single(ArmTemplate.OfType(Main, "Microsoft.Insights/components"));

        Assert.True((bool)insights.Properties["DisableLocalAuth"]!);
        Assert.NotNull(insights.Properties["WorkspaceResourceId"]);
        Assert.Contains(ArmTemplate.OfType(Main, "Microsoft.Authorization/roleAssignments"),
            a => ArmTemplate.RoleDefinitionGuid(a) == MonitoringMetricsPublisher && ArmTemplate.ScopeType(a) == "Microsoft.Insights/components");
    }

    [Fact]
    public void KeyVault_UsesRbacAndPurgeProtectionAndGrantsOnlyTheKeyRingKey()
    {
        var vault = Assert.Single(ArmTemplate.OfType(Main, "Microsoft.KeyVault/vaults"));

        Assert.True((bool)vault.Properties["enableRbacAuthorization"]!);
        Assert.True((bool)vault.Properties["enablePurgeProtection"]!);
        Assert.Single(ArmTemplate.OfType(Main, "Microsoft.KeyVault/vaults/keys"));
        Assert.Contains(ArmTemplate.OfType(Main, "Microsoft.Authorization/roleAssignments"),
            a => ArmTemplate.RoleDefinitionGuid(a) == KeyVaultCryptoUser && ArmTemplate.ScopeType(a) == "Microsoft.KeyVault/vaults/keys");
    }

    [Fact]
    public void FunctionApp_RunsOnFlexConsumptionWithTheProjectsDotnetVersion()
    {
        var plan = Assert.Single(ArmTemplate.OfType(Main, "Microsoft.Web/serverfarms"));
        var site = Assert.Single(ArmTemplate.OfType(Main, "Microsoft.Web/sites"));
        var runtime = site.Properties["functionAppConfig"]!["runtime"]!;
        var runtimeVersion = ArmTemplate.Deployment(Main, "function-app")["properties"]!["parameters"]!["runtimeVersion"]!["value"]!;

        Assert.Equal("FC1", (string)plan.Resource["sku"]!["name"]!);
        Assert.Equal("FlexConsumption", (string)plan.Resource["sku"]!["tier"]!);
        Assert.Equal("dotnet-isolated", (string)runtime["name"]!);
        Assert.Equal("[parameters('runtimeVersion')]", (string)runtime["version"]!);
        Assert.Equal(FunctionsTargetFramework(), "net" + (string)runtimeVersion!);
        Assert.Equal("UserAssignedIdentity", (string)site.Properties["functionAppConfig"]!["deployment"]!["storage"]!["authentication"]!["type"]!);
    }

    [Fact]
    public void AppSettings_ConnectEveryServiceByIdentity()
    {
        var hostSettings = (string)Assert.Single(ArmTemplate.OfType(Main, "Microsoft.Web/sites/config")).Resource["properties"]!;
        var settings = (JsonObject)ArmTemplate.Deployment(Main, "function-app")["properties"]!["parameters"]!["appSettings"]!["value"]!;
        string[] hostNames =
        [
            "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId", "AzureWebJobsStorage__blobServiceUri",
            "AzureWebJobsStorage__queueServiceUri", "AzureWebJobsStorage__tableServiceUri",
        ];
        string[] appSettings =
        [
            "ProfitStorage__credential", "ProfitStorage__clientId", "ProfitStorage__blobServiceUri", "ProfitStorage__queueServiceUri",
            "ProfitPipeline__Storage__BlobServiceUri", "ProfitPipeline__Storage__TableServiceUri", "ProfitPipeline__Storage__ManagedIdentityClientId",
            "APPLICATIONINSIGHTS_CONNECTION_STRING", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
        ];

        // The host's own settings are added in the module as an expression: union(appSettings, createObject('name', value, ...)).
        Assert.All(hostNames, s => Assert.Contains($"'{s}'", hostSettings, StringComparison.Ordinal));
        Assert.Contains("'AzureWebJobsStorage__credential', 'managedidentity'", hostSettings, StringComparison.Ordinal);
        Assert.All(appSettings, s => Assert.True(settings.ContainsKey(s), $"Missing app setting {s}."));
        Assert.Equal("managedidentity", (string)settings["ProfitStorage__credential"]!);
        Assert.DoesNotContain("ProfitPipeline__Storage__ConnectionString", settings.Select(s => s.Key));
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings.Select(s => s.Key));
    }

    [Fact]
    public void Templates_NeverUseAStorageKey()
    {
        Assert.All(BicepCompiler.Templates.Values.Select(t => t.ToJsonString()), text =>
        {
            Assert.DoesNotContain("AccountKey", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("listKeys(resourceId('Microsoft.Storage", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("listAccountSas", text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void ScheduleSettings_DefaultToTheCatalogSchedules()
    {
        var settings = (JsonObject)ArmTemplate.Deployment(Main, "function-app")["properties"]!["parameters"]!["appSettings"]!["value"]!;
        var parameters = Main["parameters"]!;

        Assert.All(PipelineCatalog.Jobs.Select(j => j.Trigger).OfType<TimerTrigger>(), timer =>
        {
            var reference = (string)settings[timer.ScheduleSetting]!;
            var parameter = reference["[parameters('".Length..^"')]".Length];
            Assert.Equal(timer.DefaultSchedule, (string)parameters[parameter]!["defaultValue"]!);
        });
    }

    [Fact]
    public void EventGridSubscriptions_SendEachBlobTriggersContainerBlobCreatedToItsFunction()
    {
        var subscription = Assert.Single(ArmTemplate.OfType(EventGrid, "Microsoft.EventGrid/systemTopics/eventSubscriptions"));
        var topic = Assert.Single(ArmTemplate.OfType(EventGrid, "Microsoft.EventGrid/systemTopics"));
        var filter = subscription.Properties["filter"]!;
        var endpoint = (string)subscription.Properties["destination"]!["properties"]!["endpointUrl"]!;
        var triggers = EventGrid["parameters"]!["blobTriggers"]!["defaultValue"]!.AsArray()
            .Select(t => ((string)t!["functionName"]!, (string)t["container"]!))
            .ToList();

        Assert.Equal("Microsoft.Storage.StorageAccounts", (string)topic.Properties["topicType"]!);
        Assert.Equal("[length(parameters('blobTriggers'))]", (string)subscription.Resource["copy"]!["count"]!);
        Assert.Equal(
            PipelineCatalog.Jobs.Where(j => j.Trigger is BlobTrigger).Select(j => (j.Name, ((BlobTrigger)j.Trigger).Container)).Order(),
            triggers.Order());
        Assert.Equal(["Microsoft.Storage.BlobCreated"], Strings(filter["includedEventTypes"]));
        Assert.Equal("[format('/blobServices/default/containers/{0}/', parameters('blobTriggers')[copyIndex()].container)]", (string)filter["subjectBeginsWith"]!);
        Assert.StartsWith("[format('https://{0}/runtime/webhooks/blobs?functionName=Host.Functions.{1}&code={2}', ", endpoint, StringComparison.Ordinal);
        Assert.Contains(", parameters('blobTriggers')[copyIndex()].functionName, ", endpoint, StringComparison.Ordinal);
        Assert.Contains("systemKeys.blobs_extension", endpoint, StringComparison.Ordinal);
        Assert.Empty(ArmTemplate.OfType(Main, "Microsoft.EventGrid/systemTopics/eventSubscriptions"));
    }

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToList();

    /// <summary>The functions project's target framework: its own, or the one Directory.Build.props gives every project.</summary>
    private static string FunctionsTargetFramework()
    {
        static string? Read(string path) =>
            XDocument.Load(path).Descendants("TargetFramework").Select(e => e.Value).FirstOrDefault();

        return Read(RepositoryRoot.Combine("functions", "ProfitPipeline.Functions.csproj"))
            ?? Read(RepositoryRoot.Combine("Directory.Build.props"))
            ?? throw new InvalidOperationException("No TargetFramework for the functions project.");
    }
}
