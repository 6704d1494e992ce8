using ProfitPipeline.Ingestion;

namespace ProfitPipeline.Cli.Demo;

/// <summary>Drops the demo company's exports into the uploads container, exactly as a finance person would.</summary>
internal static class DemoLoader
{
    public static async Task<IReadOnlyList<DemoFile>> DropAsync(IUploadInbox inbox, TimeProvider time, CancellationToken cancellationToken)
    {
        var asOf = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var files = new DemoCompany().Generate(asOf);
        foreach (var file in files)
        {
            await inbox.DropAsync("demo/" + file.Name, file.Content, cancellationToken);
        }

        return files;
    }
}
