using Microsoft.Azure.Functions.Worker;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Functions.Schedules;

/// <summary>
/// Timer jobs. Each schedule is a six-field NCRONTAB expression (UTC) read from an app setting (<c>%Setting%</c>), so it can
/// change without a deploy. None runs on start-up: a scale-out or restart must not recompute or send anything.
/// </summary>
public sealed class ScheduledFunctions(PipelineJobRunner runner)
{
    [Function(PipelineCatalog.Names.NightlySnapshot)]
    public Task NightlySnapshot(
        [TimerTrigger("%" + PipelineCatalog.Schedules.SnapshotSetting + "%")] TimerInfo timer,
        CancellationToken cancellationToken) =>
        runner.RunScheduledAsync(PipelineCatalog.Names.NightlySnapshot, cancellationToken);

    [Function(PipelineCatalog.Names.WeeklyDigest)]
    public Task WeeklyDigest(
        [TimerTrigger("%" + PipelineCatalog.Schedules.DigestSetting + "%")] TimerInfo timer,
        CancellationToken cancellationToken) =>
        runner.RunScheduledAsync(PipelineCatalog.Names.WeeklyDigest, cancellationToken);

    [Function(PipelineCatalog.Names.WeeklyRetrain)]
    public Task WeeklyRetrain(
        [TimerTrigger("%" + PipelineCatalog.Schedules.RetrainSetting + "%")] TimerInfo timer,
        CancellationToken cancellationToken) =>
        runner.RunScheduledAsync(PipelineCatalog.Names.WeeklyRetrain, cancellationToken);
}
