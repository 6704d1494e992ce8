using System.CommandLine;
using System.Globalization;
using ProfitPipeline.Classification;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Reporting.ReviewSheets;

namespace ProfitPipeline.Cli.Commands;

/// <summary><c>profit review export [--out FILE]</c> and <c>profit review import FILE [--json]</c>: the queue answered in a spreadsheet (<see cref="ReviewSheet"/>).</summary>
internal static class ReviewSheetCommands
{
    public static Command Export()
    {
        var output = new Option<FileInfo?>("--out") { Description = "Write the sheet to this file (standard output without it)." };
        var command = new Command("export", "Every row to answer (waiting for review, or tagged by nothing yet) as a CSV sheet, with empty category, customer, project and remember columns to answer in.") { output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            var (sheet, rows) = await host.Get<IReviewSheets>().ExportAsync(cancellationToken);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllBytesAsync(file.FullName, sheet, cancellationToken);
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {rows} rows to answer (waiting for review, or tagged by nothing) to {file.Name}. Answer a row by filling category, customer ({ReviewSheet.None} for no customer), project and remember (yes: its payee's other rows too), then: profit review import {file.Name}"));
            }
            else
            {
                await using var stdout = Console.OpenStandardOutput();
                await stdout.WriteAsync(sheet, cancellationToken);
            }

            return 0;
        });
        return command;
    }

    public static Command Import(Option<bool> json)
    {
        var path = new Argument<FileInfo>("file") { Description = "A sheet from profit review export, answered." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Apply nothing: say which answers would be applied and which not, and why." };
        var command = new Command("import", "Apply the answers in a review sheet: answered rows are saved as corrections (and labels), blank rows are left waiting, each row that cannot be applied is reported with its line.") { path, dryRun, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(path)!;
            ReviewSheetAnswers sheet;
            try
            {
                sheet = ReviewSheet.Read(await File.ReadAllBytesAsync(file.FullName, cancellationToken), file.Name);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                await Console.Error.WriteLineAsync($"profit review import: {e.Message}");
                return 2;
            }

            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            var sheets = host.Get<IReviewSheets>();
            var checking = parse.GetValue(dryRun);
            var outcome = checking ? await sheets.CheckAsync(sheet, cancellationToken) : await sheets.ImportAsync(sheet, cancellationToken);

            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(CliJson.Line(outcome));
            }
            else
            {
                foreach (var problem in outcome.Rejected)
                {
                    await Console.Error.WriteLineAsync(problem.ToString());
                }

                var remembered = outcome.RulesSaved.Count == 0 ? string.Empty : $"; remembered as rules: {string.Join(", ", outcome.RulesSaved)}";
                await Console.Out.WriteLineAsync(checking
                    ? string.Create(CultureInfo.InvariantCulture, $"{file.Name}: {outcome.Applied} answers would be applied, {outcome.Rejected.Count} not, {outcome.Unanswered} rows left blank; nothing saved (run it again without --dry-run).")
                    : string.Create(CultureInfo.InvariantCulture, $"{file.Name}: {outcome.Applied} answers applied, {outcome.Rejected.Count} not applied, {outcome.Unanswered} rows left blank{remembered}."));
                if (outcome.FirstModel is { } first)
                {
                    await Console.Out.WriteLineAsync("No model yet, so a first one was trained from the labels: " + RetrainCommand.Describe(first));
                }
            }

            return outcome.Rejected.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
