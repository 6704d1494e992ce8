using Microsoft.Extensions.Configuration;

namespace ProfitPipeline.Cli.Hosting;

/// <summary>
/// Where <c>profit</c> reads its settings, later sources winning: built-in defaults, ./profit.settings.json, then environment
/// variables (ProfitPipeline__Storage__ConnectionString and so on — the same names as the Functions app settings).
/// </summary>
internal static class ProfitConfiguration
{
    public const string SettingsFile = "profit.settings.json";

    public static IConfigurationBuilder AddProfitSources(this IConfigurationBuilder builder) =>
        builder
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), SettingsFile), optional: true)
            .AddEnvironmentVariables();
}
