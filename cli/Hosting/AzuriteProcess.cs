using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ProfitPipeline.Cli.Hosting;

/// <summary>
/// Azurite (the Azure Storage emulator) started from the repository's node_modules: blob, queue and table services on loopback,
/// data in a folder of the caller's. It fails loudly, with Azurite's own output, when it cannot start.
/// </summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output;
    private int _disposed;

    private AzuriteProcess(Process process, StringBuilder output, AzuriteEndpoints endpoints)
    {
        _process = process;
        _output = output;
        Endpoints = endpoints;
    }

    public AzuriteEndpoints Endpoints { get; }

    /// <summary>Starts Azurite on <paramref name="endpoints"/> (or free loopback ports) and waits until every service answers.</summary>
    /// <param name="inMemory">Keep the data in memory only (Azurite's <c>--inMemoryPersistence</c>): Azurite saves its table store
    /// as one JSON text, which a million rows make longer than node allows.</param>
    public static async Task<AzuriteProcess> StartAsync(string dataFolder, AzuriteEndpoints? endpoints, TimeSpan timeout, CancellationToken cancellationToken, bool inMemory = false)
    {
        var script = FindAzuriteScript()
            ?? throw new InvalidOperationException(
                "Azurite was not found: no node_modules/azurite/dist/src/azurite.js above the current or the program's folder. Run 'npm ci' in the repository root.");
        endpoints ??= new AzuriteEndpoints(FreePort(), FreePort(), FreePort());
        Directory.CreateDirectory(dataFolder);

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            script, "--silent", "--skipApiVersionCheck",
            "--blobHost", "127.0.0.1", "--blobPort", Invariant(endpoints.BlobPort),
            "--queueHost", "127.0.0.1", "--queuePort", Invariant(endpoints.QueuePort),
            "--tableHost", "127.0.0.1", "--tablePort", Invariant(endpoints.TablePort),
        })
        {
            start.ArgumentList.Add(argument);
        }

        // Azurite refuses a data folder together with in-memory persistence.
        if (inMemory)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(dataFolder);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start: 'node' could not be run.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Azurite did not start: 'node' is not on PATH. Install Node.js 20 or later.", e);
        }

        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var azurite = new AzuriteProcess(process, output, endpoints);
        try
        {
            await azurite.WaitUntilAnsweringAsync(timeout, cancellationToken);
            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    /// <summary>True when something accepts connections on every port of <paramref name="endpoints"/>.</summary>
    public static async Task<bool> IsAnsweringAsync(AzuriteEndpoints endpoints, CancellationToken cancellationToken)
    {
        foreach (var port in endpoints.Ports)
        {
            if (!await AcceptsAsync(port, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"Azurite exited with code {_process.ExitCode.ToString(CultureInfo.InvariantCulture)} before answering. Its output:\n{Output()}");
            }

            if (await IsAnsweringAsync(Endpoints, cancellationToken))
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"Azurite did not answer on ports {string.Join(", ", Endpoints.Ports)} within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s. Its output:\n{Output()}");
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static async Task<bool> AcceptsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromMilliseconds(500));
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindAzuriteScript()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules", "azurite", "dist", "src", "azurite.js");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
