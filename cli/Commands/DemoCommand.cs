using System.CommandLine;
using ProfitPipeline.Cli.Demo;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Ingestion;

namespace ProfitPipeline.Cli.Commands;

/// <summary><c>profit demo [--json]</c>: writes the demo company's exports into the uploads container.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the dropped files as one JSON object." };
        var command = new Command("demo", "Write a realistic demo company's exports into the uploads container (fictional data).") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            var files = await DemoLoader.DropAsync(host.Get<IUploadInbox>(), host.Get<TimeProvider>(), cancellationToken);
            var names = files.Select(f => "uploads/demo/" + f.Name).ToList();
            await Console.Out.WriteLineAsync(parse.GetValue(json)
                ? CliJson.Line(new { company = DemoCompany.CompanyName, files = names })
                : $"{DemoCompany.CompanyName}: dropped {names.Count} files into uploads/demo/. `profit serve` ingests them.");
            return 0;
        });
        return command;
    }
}
