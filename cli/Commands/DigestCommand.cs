using System.CommandLine;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Reporting.Reports;

namespace ProfitPipeline.Cli.Commands;

/// <summary><c>profit digest [--week 2026-W47] [--json]</c>: composes, stores and (if configured) posts a week's margin digest.</summary>
internal static class DigestCommand
{
    public static Command Create()
    {
        var week = new Option<string?>("--week") { Description = "ISO week, e.g. 2026-W47; the last complete week by default." };
        var json = new Option<bool>("--json") { Description = "Print the result as one JSON object." };
        var command = new Command("digest", "Write the weekly margin digest now.") { week, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            try
            {
                var result = await host.Get<IReportService>().DigestAsync(parse.GetValue(week), cancellationToken);
                await Console.Out.WriteLineAsync(parse.GetValue(json)
                    ? CliJson.Line(result)
                    : $"{result.Week}: {result.Summary}\n  stored as digests/{result.HtmlBlob} and digests/{result.TextBlob}; webhook: {result.Webhook}");
                return 0;
            }
            catch (FormatException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }
        });
        return command;
    }
}
