using System.CommandLine;
using System.Globalization;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Profitability;

namespace ProfitPipeline.Cli.Commands;

/// <summary><c>profit snapshot [--period KEY] [--json]</c>: computes and stores profitability snapshots now.</summary>
internal static class SnapshotCommand
{
    public static Command Create()
    {
        var period = new Option<string?>("--period") { Description = "Only this period: 2026-10 (month), 2026-W44 (ISO week) or 2026-Q3." };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object." };
        var command = new Command("snapshot", "Compute profitability snapshots; changed closed periods get a new version and a restatement.") { period, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            SnapshotRunSummary summary;
            try
            {
                summary = await host.Get<ISnapshotService>().SnapshotAsync(parse.GetValue(period), cancellationToken);
            }
            catch (FormatException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }

            await Console.Out.WriteLineAsync(parse.GetValue(json)
                ? CliJson.Line(summary)
                : string.Create(CultureInfo.InvariantCulture, $"As of {summary.AsOf:yyyy-MM-dd}: {summary.Periods.Count} periods, {summary.Snapshots} snapshots ({summary.Written} new, {summary.Restated} restated, {summary.Unchanged} unchanged), {summary.Flags} flags."));
            return 0;
        });
        return command;
    }
}
