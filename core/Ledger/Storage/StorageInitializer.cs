using Microsoft.Extensions.Hosting;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>Creates every container and table before the host takes work. Creating what exists is a no-op.</summary>
internal sealed class StorageInitializer(StorageAccount account) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => account.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
