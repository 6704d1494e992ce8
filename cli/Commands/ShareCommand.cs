using System.CommandLine;
using System.Globalization;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Reporting.Reports;

namespace ProfitPipeline.Cli.Commands;

/// <summary><c>profit share create|list|revoke</c>: expiring, revocable links to one report.</summary>
internal static class ShareCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("share", "Create, list and revoke share links to single reports.");
        command.Subcommands.Add(CreateCommand(json));
        command.Subcommands.Add(ListCommand(json));
        command.Subcommands.Add(RevokeCommand(json));
        return command;
    }

    private static Command CreateCommand(Option<bool> json)
    {
        var report = new Argument<string>("report") { Description = "customers, customer, segments, flags, payments or restatements." };
        report.AcceptOnlyFromAmong([.. ReportRequest.Names]);
        var from = new Option<string?>("--from") { Description = "First period, e.g. 2026-01." };
        var to = new Option<string?>("--to") { Description = "Last period." };
        var dimension = new Option<string?>("--dimension") { Description = "Segment dimension." };
        var member = new Option<string?>("--member") { Description = "One member of the dimension." };
        var customer = new Option<string?>("--customer") { Description = "Customer id, for the customer report." };
        var days = new Option<int?>("--days") { Description = "Days until the link expires (1 to 30); the configured lifetime by default." };
        var command = new Command("create", "Create a link to one report with its filter.") { report, from, to, dimension, member, customer, days, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            try
            {
                var link = await host.Get<IReportService>().CreateShareAsync(
                    new ShareRequest(parse.GetValue(report)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(dimension), parse.GetValue(member), parse.GetValue(customer), parse.GetValue(days)),
                    cancellationToken);
                await Console.Out.WriteLineAsync(parse.GetValue(json)
                    ? CliJson.Line(link)
                    : string.Create(CultureInfo.InvariantCulture, $"Link {link.LinkId} (expires {link.ExpiresAt:u}): {(link.Path!.StartsWith('/') ? ServeHost.DefaultUrl + link.Path : link.Path)}"));
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }
        });
        return command;
    }

    private static Command ListCommand(Option<bool> json)
    {
        var command = new Command("list", "List share links (never their tokens).") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            foreach (var link in await host.Get<IReportService>().ListSharesAsync(cancellationToken))
            {
                await Console.Out.WriteLineAsync(parse.GetValue(json)
                    ? CliJson.Line(link)
                    : string.Create(CultureInfo.InvariantCulture, $"{link.LinkId}  {link.Report,-12}  expires {link.ExpiresAt:u}{(link.Revoked ? "  REVOKED" : string.Empty)}"));
            }

            return 0;
        });
        return command;
    }

    private static Command RevokeCommand(Option<bool> json)
    {
        var id = new Argument<string>("link-id") { Description = "The link to revoke." };
        var command = new Command("revoke", "Revoke one link; the others keep working.") { id, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            var revoked = await host.Get<IReportService>().RevokeShareAsync(parse.GetValue(id)!, cancellationToken);
            await Console.Out.WriteLineAsync(parse.GetValue(json) ? CliJson.Line(new { linkId = parse.GetValue(id), revoked }) : revoked ? "Revoked." : "No such link.");
            return revoked ? 0 : 1;
        });
        return command;
    }
}
