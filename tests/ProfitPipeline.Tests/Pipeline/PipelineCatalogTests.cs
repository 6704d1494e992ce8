using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Tests.Pipeline;

public sealed class PipelineCatalogTests
{
    [Fact]
    public void Jobs_HaveUniqueNames()
    {
        var duplicates = PipelineCatalog.Jobs.GroupBy(j => j.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void HttpJobs_HaveUniqueMethodAndRoute()
    {
        var duplicates = PipelineCatalog.Jobs
            .Select(j => j.Trigger)
            .OfType<HttpTrigger>()
            .GroupBy(h => (h.Method.ToUpperInvariant(), h.Route.ToLowerInvariant()))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void TimerJobs_HaveValidSixFieldUtcSchedules()
    {
        foreach (var timer in PipelineCatalog.Jobs.Select(j => j.Trigger).OfType<TimerTrigger>())
        {
            Assert.Equal(6, timer.DefaultSchedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            var parsed = Cronos.CronExpression.Parse(timer.DefaultSchedule, Cronos.CronFormat.IncludeSeconds);
            Assert.NotNull(parsed.GetNextOccurrence(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        }
    }

    [Fact]
    public void BlobJobs_WatchAKnownContainer()
    {
        foreach (var blob in PipelineCatalog.Jobs.Select(j => j.Trigger).OfType<BlobTrigger>())
        {
            Assert.Contains(blob.Container, ProfitPipeline.Ledger.Storage.StorageNames.Containers.All);
            Assert.EndsWith("/{name}", blob.Path, StringComparison.Ordinal);
        }
    }
}
