using System.CommandLine;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Reporting.Reports;

namespace ProfitPipeline.Cli.Commands;

/// <summary><c>profit report NAME [--format json|csv|html] [--from P] [--to P] [--dimension D] [--member M] [--customer ID] [--out FILE]</c>.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("report") { Description = "customers, customer, segments, flags, payments or restatements." };
        name.AcceptOnlyFromAmong([.. ReportRequest.Names]);
        var format = new Option<string>("--format") { Description = "json, csv or html.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv", "html");
        var from = new Option<string?>("--from") { Description = "First period, e.g. 2026-01." };
        var to = new Option<string?>("--to") { Description = "Last period, e.g. 2026-06." };
        var dimension = new Option<string?>("--dimension") { Description = "Segment dimension (industry, size, region...)." };
        var member = new Option<string?>("--member") { Description = "One member of the dimension." };
        var customer = new Option<string?>("--customer") { Description = "Customer id, for the customer report." };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("report", "Render a report from the current ledger.") { name, format, from, to, dimension, member, customer, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            var request = new ReportRequest(parse.GetValue(name)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(dimension), parse.GetValue(member), parse.GetValue(customer));
            RenderedReport? rendered;
            try
            {
                rendered = await host.Get<IReportService>().RenderAsync(request, parse.GetValue(format)!, cancellationToken);
            }
            catch (FormatException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }

            if (rendered is null)
            {
                await Console.Error.WriteLineAsync("Nothing to report: the customer or dimension does not exist.");
                return 1;
            }

            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllBytesAsync(file.FullName, rendered.Content, cancellationToken);
                await Console.Error.WriteLineAsync($"Wrote {file.FullName}");
            }
            else
            {
                await using var stdout = Console.OpenStandardOutput();
                await stdout.WriteAsync(rendered.Content, cancellationToken);
            }

            return 0;
        });
        return command;
    }
}
