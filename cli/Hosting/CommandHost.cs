using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Cli.Hosting;

/// <summary>
/// The pipeline's service graph for a one-shot command (ingest, snapshot, report...): the same AddProfitPipeline as every
/// host, storage created if missing, Azurite started when the development default needs it.
/// </summary>
internal sealed class CommandHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly AzuriteProcess? _azurite;
    private readonly AsyncServiceScope _scope;

    private CommandHost(IHost host, AzuriteProcess? azurite)
    {
        _host = host;
        _azurite = azurite;
        _scope = host.Services.CreateAsyncScope();
    }

    public IServiceProvider Services => _scope.ServiceProvider;

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<CommandHost> StartAsync(bool needsStorage, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddProfitSources();
        builder.Logging.ClearProviders();
        builder.Logging.AddStderrConsole().AddFilter(level => level >= LogLevel.Warning);
        builder.Services.AddProfitPipeline(builder.Configuration);
        var azurite = needsStorage ? await DevelopmentStorage.EnsureAsync(builder.Configuration, Console.Error, cancellationToken) : null;
        IHost? host = null;
        try
        {
            host = builder.Build();

            // Settings are checked before anything else, so a wrong one is one clear line, not the host's failed start.
            host.Services.GetService<IStartupValidator>()?.Validate();
            if (needsStorage)
            {
                // Starting the host runs the pipeline's start-up work: containers and tables are created if missing.
                await host.StartAsync(cancellationToken);
            }

            return new CommandHost(host, azurite);
        }
        catch
        {
            // An Azurite started for this command must not outlive it.
            host?.Dispose();
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _host.StopAsync();
        _host.Dispose();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
