using System.CommandLine;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Ingestion;

namespace ProfitPipeline.Cli.Commands;

/// <summary><c>profit ingest FILE... [--dry-run] [--json]</c>: ingests files (or only parses them) and prints each import report.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Files to ingest.", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only parse and report; store nothing." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per file." };
        var command = new Command("ingest", "Ingest bank statements, exports and customer lists; print what was kept, duplicated and rejected.")
        {
            files, dryRun, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var isDryRun = parse.GetValue(dryRun);
            await using var host = await CommandHost.StartAsync(needsStorage: !isDryRun, cancellationToken);
            var service = host.Get<IImportService>();
            var exitCode = 0;
            foreach (var file in parse.GetValue(files) ?? [])
            {
                ImportReport report;
                if (!file.Exists)
                {
                    report = new ImportReport { File = file.Name, Format = nameof(FileFormat.Unknown), Quarantined = true, Reasons = [$"file not found: {file.FullName}"] };
                    exitCode = 1;
                }
                else
                {
                    report = await service.IngestAsync(FileContent.FromFile(file.FullName), isDryRun, cancellationToken);
                }

                await Console.Out.WriteLineAsync(parse.GetValue(json) ? CliJson.Line(ImportSummary.From(report)) : ImportSummary.Describe(report));
            }

            return exitCode;
        });
        return command;
    }
}
