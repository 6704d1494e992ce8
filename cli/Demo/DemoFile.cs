namespace ProfitPipeline.Cli.Demo;

/// <summary>One generated export file: the name a user would give it and its exact bytes.</summary>
internal sealed record DemoFile(string Name, byte[] Content);
