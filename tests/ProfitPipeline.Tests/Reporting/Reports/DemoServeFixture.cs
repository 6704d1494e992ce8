using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Cli.Demo;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Reporting.Reports;

/// <summary>The real <c>profit serve</c> host on the test run's Azurite with the demo company ingested once for a test class.</summary>
public sealed class DemoServeFixture(AzuriteFixture azurite) : IAsyncLifetime
{
    public const string Key = "test-key-0123456789";
    public static readonly DateOnly AsOf = new(2026, 11, 2);

    private WebApplication? _app;

    public HttpClient Http { get; private set; } = null!;

    internal IReadOnlyList<DemoFile> Files { get; } = new DemoCompany().Generate(AsOf);

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var url = $"http://127.0.0.1:{FreePort()}";
        _app = ServeHost.Build(url, new Dictionary<string, string?>
        {
            ["ProfitPipeline:Storage:ConnectionString"] = azurite.ConnectionString,
            ["ProfitPipeline:Storage:NamePrefix"] = "rep" + Guid.NewGuid().ToString("N")[..8],
            ["ProfitPipeline:Local:ApiKey"] = Key,
            ["ProfitPipeline:Local:PollInterval"] = "01:00:00",
        });
        await _app.StartAsync(ct);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var imports = scope.ServiceProvider.GetRequiredService<IImportService>();
            foreach (var file in Files)
            {
                await imports.IngestAsync(FileContent.FromBytes(file.Name, file.Content), dryRun: false, ct);
            }
        }

        Http = new HttpClient { BaseAddress = new Uri(url) };
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public static Uri Api(string path) => new("/api/" + path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "code=" + Key, UriKind.Relative);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
