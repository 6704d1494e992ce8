using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Tests.Azurite;

/// <summary>
/// The production service graph (<see cref="ProfitPipelineServiceCollectionExtensions.AddProfitPipeline"/>) on the test run's
/// Azurite, with its own name prefix so tests never see each other's containers and tables, and a fake clock.
/// </summary>
public sealed class PipelineScope : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private PipelineScope(ServiceProvider services, FakeTimeProvider time, IReadOnlyDictionary<string, string?> settings)
    {
        _services = services;
        _scope = services.CreateAsyncScope();
        Time = time;
        ProfitEnvironment = settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value ?? string.Empty);
    }

    public FakeTimeProvider Time { get; }

    /// <summary>Environment variables for a <c>profit</c> process on this scope's containers and tables, with its settings.</summary>
    public IReadOnlyDictionary<string, string> ProfitEnvironment { get; }

    /// <summary>A DI scope, as one request or one triggered job has.</summary>
    public IServiceProvider Services => _scope.ServiceProvider;

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<PipelineScope> StartAsync(
        AzuriteFixture azurite,
        CancellationToken cancellationToken,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        // The caller's settings win, a name prefix to share storage with another scope included.
        var all = new Dictionary<string, string?>
        {
            ["ProfitPipeline:Storage:ConnectionString"] = azurite.ConnectionString,
            ["ProfitPipeline:Storage:NamePrefix"] = "t" + Guid.NewGuid().ToString("N")[..10],
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var collection = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<IConfiguration>(configuration)
            .AddProfitPipeline(configuration);
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        foreach (var hosted in services.GetServices<IHostedService>().Where(h => h.GetType().Name == "StorageInitializer"))
        {
            await hosted.StartAsync(cancellationToken);
        }

        return new PipelineScope(services, time, all);
    }

    /// <summary>Every transaction of the completed imports, as the jobs read the ledger.</summary>
    public async Task<IReadOnlyList<LedgerTransaction>> ReadLedgerAsync(CancellationToken cancellationToken) =>
        await Get<TransactionStore>().ReadAsync(await Get<ImportStore>().CompleteImportIdsAsync(cancellationToken), cancellationToken);

    /// <summary>Ingests a file that must go in whole: not quarantined, no row rejected.</summary>
    public async Task IngestCleanAsync(string name, string text, CancellationToken cancellationToken)
    {
        var report = await Get<IImportService>().IngestAsync(FileContent.FromBytes(name, Encoding.UTF8.GetBytes(text)), false, cancellationToken);
        Assert.False(report.Quarantined, $"{name}: {string.Join("; ", report.Reasons)}");
        Assert.Equal(0, report.Rejected);
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }
}
