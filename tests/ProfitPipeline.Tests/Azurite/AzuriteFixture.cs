using ProfitPipeline.Cli.Hosting;

[assembly: AssemblyFixture(typeof(ProfitPipeline.Tests.Azurite.AzuriteFixture))]

namespace ProfitPipeline.Tests.Azurite;

/// <summary>
/// One Azurite for the whole test run: blob, queue and table services on free loopback ports, data in a temp folder.
/// If it cannot start, every test that needs it fails with Azurite's reason; none is skipped.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "profitpipeline-tests-" + Guid.NewGuid().ToString("N"));
    private AzuriteProcess? _azurite;
    private Exception? _startFailure;

    public string ConnectionString =>
        _azurite?.Endpoints.ConnectionString
        ?? throw new InvalidOperationException("Azurite could not be started for the tests: " + _startFailure?.Message, _startFailure);

    public async ValueTask InitializeAsync()
    {
        try
        {
            _azurite = await AzuriteProcess.StartAsync(_dataFolder, endpoints: null, TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // Kept, not thrown: each test that needs storage then fails with this reason instead of the run aborting opaquely.
            _startFailure = e;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
