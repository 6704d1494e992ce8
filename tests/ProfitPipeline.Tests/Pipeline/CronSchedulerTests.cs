using Cronos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Pipeline;

public sealed class CronSchedulerTests(AzuriteFixture azurite)
{
    private static readonly PipelineJob Nightly = new("TestNightly", new TimerTrigger("TestSchedule", "0 30 2 * * *"), "test job");
    private static readonly CronExpression At0230 = CronExpression.Parse("0 30 2 * * *", CronFormat.IncludeSeconds);

    [Fact]
    public async Task FirstStart_DoesNotRunButStartsTheClock()
    {
        var ct = TestContext.Current.CancellationToken;
        var counter = new RunCounter();
        await using var scope = await StartAsync(counter, ct);

        var ran = await scope.Get<CronScheduler>().RunIfDueAsync(Nightly, At0230, ct);

        Assert.False(ran);
        Assert.Equal(0, counter.Runs);
    }

    [Fact]
    public async Task OccurrenceMissedWhileDown_RunsOnceOnRestart()
    {
        var ct = TestContext.Current.CancellationToken;
        var counter = new RunCounter();
        await using var scope = await StartAsync(counter, ct);
        var scheduler = scope.Get<CronScheduler>();
        await scheduler.RunIfDueAsync(Nightly, At0230, ct);

        // The host was down across two 02:30 occurrences: one catch-up run, not two, and nothing more until the next one.
        scope.Time.Advance(TimeSpan.FromDays(2));
        var first = await scheduler.RunIfDueAsync(Nightly, At0230, ct);
        var second = await scheduler.RunIfDueAsync(Nightly, At0230, ct);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, counter.Runs);
    }

    [Fact]
    public async Task BeforeNextOccurrence_DoesNotRun()
    {
        var ct = TestContext.Current.CancellationToken;
        var counter = new RunCounter();
        await using var scope = await StartAsync(counter, ct);
        var scheduler = scope.Get<CronScheduler>();
        await scheduler.RunIfDueAsync(Nightly, At0230, ct);

        scope.Time.Advance(TimeSpan.FromHours(1)); // 09:00 -> 10:00, next occurrence is 02:30 tomorrow

        Assert.False(await scheduler.RunIfDueAsync(Nightly, At0230, ct));
        Assert.Equal(0, counter.Runs);
    }

    private Task<PipelineScope> StartAsync(RunCounter counter, CancellationToken ct) =>
        PipelineScope.StartAsync(azurite, ct, configure: services => services
            .AddLocalPipelineHost(new ConfigurationBuilder().Build())
            .AddKeyedSingleton<IScheduledJob>(Nightly.Name, counter));

    private sealed class RunCounter : IScheduledJob
    {
        public int Runs { get; private set; }

        public Task RunAsync(CancellationToken cancellationToken)
        {
            Runs++;
            return Task.CompletedTask;
        }
    }
}
