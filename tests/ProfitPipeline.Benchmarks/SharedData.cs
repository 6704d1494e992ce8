namespace ProfitPipeline.Benchmarks;

/// <summary>Finds the shared data folder beside the repository: the first <c>shared/data</c> above the working or program folder.</summary>
internal static class SharedData
{
    public static string Folder(string name)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", name);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"No shared/data/{name} above {Directory.GetCurrentDirectory()}: the shared data must sit beside the repository.");
    }
}
