using System.Net;
using System.Net.Sockets;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Cli;

public sealed class ServeHostTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Serve_AnswersHealthAndStopsCleanly()
    {
        var ct = TestContext.Current.CancellationToken;
        var url = $"http://127.0.0.1:{FreePort()}";
        await using var app = ServeHost.Build(url, new Dictionary<string, string?>
        {
            ["ProfitPipeline:Storage:ConnectionString"] = azurite.ConnectionString,
            ["ProfitPipeline:Storage:NamePrefix"] = "serve" + Guid.NewGuid().ToString("N")[..6],
        });
        await app.StartAsync(ct);
        using var http = new HttpClient { BaseAddress = new Uri(url) };

        using var health = await http.GetAsync(new Uri("/api/health", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("healthy", await health.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        using var stopWithin = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stopWithin.CancelAfter(TimeSpan.FromSeconds(15));
        await app.StopAsync(stopWithin.Token);
        Assert.False(stopWithin.IsCancellationRequested, "profit serve did not stop within 15 s");
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri("/api/health", UriKind.Relative), ct));
    }

    [Fact]
    public void Serve_WithoutConfiguredKey_MakesOneForTheRun()
    {
        using var app = ServeHost.Build($"http://127.0.0.1:{FreePort()}", new Dictionary<string, string?>
        {
            ["ProfitPipeline:Storage:ConnectionString"] = azurite.ConnectionString,
        });

        Assert.Equal(48, ServeHost.ApiKey(app).Length);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
