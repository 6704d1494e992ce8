using System.Globalization;

namespace ProfitPipeline.Cli.Hosting;

/// <summary>The loopback ports of a running Azurite and the connection string that reaches them.</summary>
internal sealed record AzuriteEndpoints(int BlobPort, int QueuePort, int TablePort)
{
    // Azurite's published development account; it only ever guards loopback emulator data.
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static AzuriteEndpoints Default { get; } = new(10000, 10001, 10002);

    public string ConnectionString => string.Create(
        CultureInfo.InvariantCulture,
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;");

    public IEnumerable<int> Ports => [BlobPort, QueuePort, TablePort];
}
