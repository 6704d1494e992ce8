using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Cli.Demo;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Reporting.Reports;

namespace ProfitPipeline.Cli.Commands;

/// <summary>
/// <c>profit serve --demo</c>: drops the demo exports into uploads, then waits, showing progress, until the running host's
/// watcher has handled every one, and writes this week's margin digest — so the printed report URLs show data.
/// </summary>
internal static class ServeDemo
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    public static async Task LoadAsync(IServiceProvider services, TextWriter progress, CancellationToken cancellationToken)
    {
        var inbox = services.GetRequiredService<IUploadInbox>();
        var time = services.GetRequiredService<TimeProvider>();
        var dropped = await DemoLoader.DropAsync(inbox, time, cancellationToken);
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Demo: dropped {dropped.Count} files of {DemoCompany.CompanyName} into uploads/demo/; ingesting..."));

        var started = time.GetTimestamp();
        var last = -1;
        while (time.GetElapsedTime(started) < Patience)
        {
            var pending = (await inbox.PendingAsync(cancellationToken)).Count;
            if (pending == 0)
            {
                // The Monday job writes the last complete week's digest, in which the demo imported nothing: without this
                // the printed digest link would answer "No digest yet".
                var digest = await services.GetRequiredService<IReportService>().DigestOfThisWeekAsync(cancellationToken);
                await progress.WriteLineAsync($"Demo: every file is ingested. {digest.Summary}");
                return;
            }

            if (pending != last)
            {
                await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Demo: {dropped.Count - pending} of {dropped.Count} files handled"));
                last = pending;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);
        }

        await progress.WriteLineAsync("Demo: still ingesting after 10 minutes; the reports fill in as files are handled.");
    }
}
