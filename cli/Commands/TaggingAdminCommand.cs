using System.CommandLine;
using ProfitPipeline.Classification;
using ProfitPipeline.Cli.Hosting;

namespace ProfitPipeline.Cli.Commands;

/// <summary>A command that asks the tagging admin one thing on the pipeline's storage and prints the answer, as text or as one JSON line.</summary>
internal static class TaggingAdminCommand
{
    public static Command Create<T>(string name, string description, string jsonDescription, Func<ITaggingAdmin, CancellationToken, Task<T>> ask, Func<T, string> describe)
    {
        var json = new Option<bool>("--json") { Description = jsonDescription };
        var command = new Command(name, description) { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            var answer = await ask(host.Get<ITaggingAdmin>(), cancellationToken);
            await Console.Out.WriteLineAsync(parse.GetValue(json) ? CliJson.Line(answer) : describe(answer));
            return 0;
        });
        return command;
    }
}
