namespace ProfitPipeline.Tests.Infra;

/// <summary>The checkout the tests run from: the nearest folder above the test binaries that holds ProfitPipeline.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "ProfitPipeline.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ProfitPipeline.sln above {AppContext.BaseDirectory}.");
    }
}
