using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Benchmarks.Ingestion;

/// <summary>
/// The production service graph on a benchmark's Azurite, built as the tests' PipelineScope builds it: AddLogging +
/// AddProfitPipeline with the connection string and a fresh name prefix, then the StorageInitializer hosted service run.
/// </summary>
internal static class IngestPipeline
{
    public static async Task<ServiceProvider> StartAsync(string connectionString, string prefix, Action<IServiceCollection>? configure, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ProfitPipeline:Storage:ConnectionString"] = connectionString,
                ["ProfitPipeline:Storage:NamePrefix"] = prefix,
            })
            .Build();
        var collection = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddProfitPipeline(configuration);
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        foreach (var hosted in services.GetServices<IHostedService>().Where(h => h.GetType().Name == "StorageInitializer"))
        {
            await hosted.StartAsync(cancellationToken);
        }

        return services;
    }
}
