using System.CommandLine;
using System.Globalization;
using System.Text;
using ProfitPipeline.Cli.Hosting;
using ProfitPipeline.Profitability;

namespace ProfitPipeline.Cli.Commands;

/// <summary><c>profit reconcile [--json]</c>: payments matched to invoices, and every unmatched item with its reason.</summary>
internal static class ReconcileCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the whole reconciliation as one JSON object." };
        var command = new Command("reconcile", "Match receipts and processor payments to invoices; list what stays unmatched and why.") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            var summary = await host.Get<ISnapshotService>().ReconcileAsync(cancellationToken);
            await Console.Out.WriteLineAsync(parse.GetValue(json) ? CliJson.Line(summary) : Describe(summary));
            return 0;
        });
        return command;
    }

    private static string Describe(ReconciliationSummary s)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"As of {s.AsOf:yyyy-MM-dd}: {s.Invoices} invoices, {s.Paid} paid, {s.Open} open ({s.Overdue} overdue), {s.Unmatched.Count} unmatched items.");
        foreach (var group in s.Unmatched.GroupBy(u => u.Reason).OrderByDescending(g => g.Count()))
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  {group.Count(),5} {group.Key}");
        }

        if (s.FromNoCustomer.Count > 0)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"{s.FromNoCustomer.Count} receipts are from no customer (processor payouts, transfers) and settle no invoice.");
        }

        return text.ToString();
    }
}
