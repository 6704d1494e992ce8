using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace ProfitPipeline.Tests.Infra;

/// <summary>
/// Compiles infra/**/*.bicep with the Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package (its folder is stamped into
/// this assembly at build time). Any error or warning fails, with Bicep's own output in the message.
/// </summary>
internal static class BicepCompiler
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> Compiled = new(CompileAll);

    /// <summary>Every template under infra/, by path relative to infra/ with forward slashes.</summary>
    public static IReadOnlyDictionary<string, JsonObject> Templates => Compiled.Value;

    public static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(RepositoryRoot.Combine("infra"), "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>One Bicep run over infra/**/*.bicep (starting the CLI is the slow part), written to a temporary folder.</summary>
    private static Dictionary<string, JsonObject> CompileAll()
    {
        var output = Directory.CreateTempSubdirectory("bicep-");
        try
        {
            Run(Executable(), ["build", "--pattern", "infra/**/*.bicep", "--outdir", output.FullName, "--diagnostics-format", "default"]);
            return SourceFiles().ToDictionary(
                file => Path.GetRelativePath(RepositoryRoot.Combine("infra"), file).Replace(Path.DirectorySeparatorChar, '/'),
                file => Read(output.FullName, file),
                StringComparer.Ordinal);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static JsonObject Read(string outputFolder, string source)
    {
        var relative = Path.GetRelativePath(RepositoryRoot.Combine("infra"), source);
        var compiled = Path.Combine(outputFolder, Path.ChangeExtension(relative, ".json"));
        return File.Exists(compiled)
            ? JsonNode.Parse(File.ReadAllText(compiled))!.AsObject()
            : throw new FileNotFoundException($"Bicep wrote no template for {relative}.", compiled);
    }

    private static void Run(string bicep, string[] arguments)
    {
        var start = new ProcessStartInfo(bicep)
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {bicep}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("bicep build did not finish in five minutes.");
        }

        // Bicep prints nothing on a clean build: any output is a diagnostic, and warnings count as failures.
        var diagnostics = (stdout.Result + stderr.Result).Trim();
        if (process.ExitCode != 0 || diagnostics.Length > 0)
        {
            throw new InvalidOperationException($"bicep {string.Join(' ', arguments)} exited {process.ExitCode}:{Environment.NewLine}{diagnostics}");
        }
    }

    private static string Executable()
    {
        var package = typeof(BicepCompiler).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepPackagePath")?.Value;
        if (string.IsNullOrEmpty(package))
        {
            throw new InvalidOperationException("BicepPackagePath is not stamped: is Azure.Bicep.CommandLine.linux-x64 referenced with GeneratePathProperty?");
        }

        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The referenced Bicep CLI package is the linux-x64 one.");
        }

        var bicep = Path.Combine(package, "tools", "bicep");
        if (!File.Exists(bicep))
        {
            throw new FileNotFoundException("The Bicep CLI is not in its package folder.", bicep);
        }

        // NuGet does not always keep the execute bit when it extracts a package.
        var mode = File.GetUnixFileMode(bicep);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(bicep, mode | UnixFileMode.UserExecute);
        }

        return bicep;
    }
}
