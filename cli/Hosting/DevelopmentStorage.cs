using Microsoft.Extensions.Configuration;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Cli.Hosting;

/// <summary>
/// When storage is the development default and nothing answers on Azurite's default ports, starts Azurite from node_modules
/// with its data in ./.azurite, and says so. Anything else configured is used as it is.
/// </summary>
internal static class DevelopmentStorage
{
    public const string DataFolder = ".azurite";

    public static async Task<AzuriteProcess?> EnsureAsync(IConfiguration configuration, TextWriter status, CancellationToken cancellationToken)
    {
        var connection = configuration[StorageOptions.SectionName + ":ConnectionString"];
        var usesDevelopmentDefault = configuration[StorageOptions.SectionName + ":BlobServiceUri"] is null
            && (connection is null || string.Equals(connection, StorageOptions.DevelopmentConnectionString, StringComparison.OrdinalIgnoreCase));
        if (!usesDevelopmentDefault || await AzuriteProcess.IsAnsweringAsync(AzuriteEndpoints.Default, cancellationToken))
        {
            return null;
        }

        var folder = Path.GetFullPath(DataFolder);
        await status.WriteLineAsync($"Storage is the development default and nothing answers on 127.0.0.1:10000-10002: starting Azurite (data in {folder}).");
        return await AzuriteProcess.StartAsync(folder, AzuriteEndpoints.Default, TimeSpan.FromSeconds(60), cancellationToken);
    }
}
