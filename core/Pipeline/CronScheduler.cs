using Cronos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Pipeline;

/// <summary>
/// The one-machine host's timer triggers: runs each scheduled catalog job on its six-field cron schedule (UTC, from the same
/// app setting the Functions app reads). A run missed while the host was down is made up once at start-up.
/// </summary>
internal sealed class CronScheduler(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    JobRunStore runs,
    TimeProvider time,
    ILogger<CronScheduler> logger) : BackgroundService
{
    public IReadOnlyList<(PipelineJob Job, CronExpression Schedule)> Schedules() =>
        PipelineCatalog.Jobs
            .Where(j => j.Trigger is TimerTrigger)
            .Select(j =>
            {
                var timer = (TimerTrigger)j.Trigger;
                var text = configuration[timer.ScheduleSetting] is { Length: > 0 } configured ? configured : timer.DefaultSchedule;
                return (j, CronExpression.Parse(text, CronFormat.IncludeSeconds));
            })
            .ToList();

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Schedules().Select(s => RunScheduleAsync(s.Job, s.Schedule, stoppingToken)));

    /// <summary>Runs the job if its latest scheduled occurrence is after its last completed run; true if it ran.</summary>
    public async Task<bool> RunIfDueAsync(PipelineJob job, CronExpression schedule, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var last = await runs.LastRunAsync(job.Name, cancellationToken);
        var due = last is { } lastRun
            ? schedule.GetNextOccurrence(lastRun.UtcDateTime, TimeZoneInfo.Utc) is { } next && next <= now.UtcDateTime
            : false;
        if (!due)
        {
            if (last is null)
            {
                // First start: nothing was missed; the schedule starts from now.
                await runs.RecordRunAsync(job.Name, now, cancellationToken);
            }

            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PipelineJobRunner>().RunScheduledAsync(job.Name, cancellationToken);
        await runs.RecordRunAsync(job.Name, time.GetUtcNow(), cancellationToken);
        return true;
    }

    private async Task RunScheduleAsync(PipelineJob job, CronExpression schedule, CancellationToken stoppingToken)
    {
        try
        {
            await RunForeverAsync(job, schedule, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: not a failure.
        }
    }

    private async Task RunForeverAsync(PipelineJob job, CronExpression schedule, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunIfDueAsync(job, schedule, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                PipelineLog.ScheduledJobFailed(logger, e, job.Name);
            }

            var now = time.GetUtcNow();
            var next = schedule.GetNextOccurrence(now.UtcDateTime, TimeZoneInfo.Utc) ?? now.UtcDateTime.AddDays(1);
            await Task.Delay(new DateTimeOffset(next, TimeSpan.Zero) - now + TimeSpan.FromMilliseconds(50), time, stoppingToken);
        }
    }
}
