using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Jobs;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Tests.Azurite;
using ProfitPipeline.Tests.Classification.Learning;
using ProfitPipeline.Tests.Reporting;

namespace ProfitPipeline.Tests.Classification.Jobs;

/// <summary>
/// <c>POST /api/models/retrain</c> queues; the blob job runs it (here by the one-machine host's poller, in Azure by Event
/// Grid); <c>GET /api/models/retrain/{requestId}</c> says where it stands. Against the real service graph on Azurite.
/// </summary>
public sealed class RetrainRequestTests(AzuriteFixture azurite)
{
    private const string BankHeader = "Date,Description,Counterparty,Amount,Currency\n";

    private static readonly PipelineJob RunRetrain = PipelineCatalog.Jobs.Single(j => j.Name == PipelineCatalog.Names.RunRetrain);

    [Fact]
    public async Task Retrain_AfterCorrections_QueuedThenRunThenDoneWithAPromotedModelThatTagsTheNextImport()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        await scope.IngestCleanAsync("january.csv", RidesAndServers.RidesAndServersCsv(60), ct);
        var corrections = (await scope.ReadLedgerAsync(ct)).Select(t => new ReviewCorrection(t.Id.Value, Category: t.Counterparty == "Lyft" ? "travel" : "hosting")).ToList();
        Assert.Empty((await scope.Get<ReviewQueue>().CorrectAsync(corrections, "anna", ct)).Rejected);

        var posted = await PostAsync(scope, ct);

        Assert.Equal(StatusCodes.Status202Accepted, posted.Status);
        using var queued = JsonDocument.Parse(posted.Text);
        var id = queued.RootElement.GetProperty("id").GetString()!;
        Assert.Equal("Queued", queued.RootElement.GetProperty("state").GetString());
        Assert.Equal($"/api/models/retrain/{id}", posted.Headers.Location.ToString());
        Assert.Equal("Queued", await StateAsync(scope, id, ct));
        Assert.Null(await scope.Get<ModelStore>().GetCurrentAsync(ct));

        Assert.Equal(1, await scope.Get<UploadPoller>().PollOnceAsync(RunRetrain, ct));

        var done = await StatusAsync(scope, id, ct);
        using var status = JsonDocument.Parse(done.Text);
        var outcome = status.RootElement.GetProperty("outcome");
        Assert.Equal("Done", status.RootElement.GetProperty("state").GetString());
        Assert.True(outcome.GetProperty("promoted").GetBoolean(), done.Text);
        Assert.Equal(60, outcome.GetProperty("metrics").GetProperty("trainingRows").GetInt32() + outcome.GetProperty("metrics").GetProperty("holdoutRows").GetInt32());
        Assert.True(status.RootElement.GetProperty("startedAt").GetDateTimeOffset() <= status.RootElement.GetProperty("finishedAt").GetDateTimeOffset());
        Assert.Empty(await scope.Get<FileStore>().ListAsync(StorageNames.Containers.RetrainRequests, ct));
        await scope.IngestCleanAsync("march.csv", BankHeader + "2026-03-15,Ride to airport,Lyft,-31.20,EUR\n", ct);
        var ride = Assert.Single(await scope.ReadLedgerAsync(ct), t => t.BookingDate == new DateOnly(2026, 3, 15));
        Assert.Equal(("travel", TagSource.Model), (ride.Tags.Category?.Value, ride.Tags.Category?.Source));
    }

    [Fact]
    public async Task RunRetrain_TriggerDeliveredAgainAfterItRan_ClearedWithoutTrainingAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var id = JsonDocument.Parse((await PostAsync(scope, ct)).Text).RootElement.GetProperty("id").GetString()!;
        await scope.Get<UploadPoller>().PollOnceAsync(RunRetrain, ct);
        var first = (await StatusAsync(scope, id, ct)).Text;
        Assert.Contains("too few labelled rows", first, StringComparison.Ordinal);

        // Event Grid delivers at least once: the same trigger again, later.
        scope.Time.Advance(TimeSpan.FromMinutes(5));
        await scope.Get<FileStore>().WriteAsync(StorageNames.Containers.RetrainRequests, id + ".json", BinaryData.FromString("{}"), "application/json", ct);
        Assert.Equal(1, await scope.Get<UploadPoller>().PollOnceAsync(RunRetrain, ct));

        Assert.Equal(first, (await StatusAsync(scope, id, ct)).Text);
        Assert.Empty(await scope.Get<FileStore>().ListAsync(StorageNames.Containers.RetrainRequests, ct));
    }

    [Fact]
    public async Task RunRetrain_StorageFailsMidway_QueuedAgainSayingSoAndRunOnTheNextPoll()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var id = JsonDocument.Parse((await PostAsync(scope, ct)).Text).RootElement.GetProperty("id").GetString()!;
        var labels = scope.Get<StorageAccount>().Table(StorageNames.Tables.Labels);
        await labels.DeleteAsync(ct);

        Assert.Equal(0, await scope.Get<UploadPoller>().PollOnceAsync(RunRetrain, ct));

        var failed = await scope.Get<RetrainRequestStore>().GetAsync(id, ct);
        Assert.Equal((RetrainRequestState.Queued, 1, RunRetrainJob.RetriedProblem), (failed!.State, failed.Tries, failed.Problem));
        Assert.Single(await scope.Get<FileStore>().ListAsync(StorageNames.Containers.RetrainRequests, ct));
        await labels.CreateIfNotExistsAsync(ct);
        Assert.Equal(1, await scope.Get<UploadPoller>().PollOnceAsync(RunRetrain, ct));
        var done = await scope.Get<RetrainRequestStore>().GetAsync(id, ct);
        Assert.Equal((RetrainRequestState.Done, 2, null), (done!.State, done.Tries, done.Problem));
        Assert.Equal("too few labelled rows (0 < 20)", done.Outcome!.Reason);
    }

    [Fact]
    public async Task RunRetrain_EveryTryFails_FailedOnTheLastTrySayingSoAndTheTriggerCleared()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var id = JsonDocument.Parse((await PostAsync(scope, ct)).Text).RootElement.GetProperty("id").GetString()!;
        await scope.Get<StorageAccount>().Table(StorageNames.Tables.Labels).DeleteAsync(ct);
        var requests = scope.Get<RetrainRequestStore>();

        for (var tries = 1; tries < RetrainRequest.MaxTries; tries++)
        {
            Assert.Equal(0, await scope.Get<UploadPoller>().PollOnceAsync(RunRetrain, ct));
            var retried = await requests.GetAsync(id, ct);
            Assert.Equal((RetrainRequestState.Queued, tries, RunRetrainJob.RetriedProblem), (retried!.State, retried.Tries, retried.Problem));
        }

        Assert.Equal(1, await scope.Get<UploadPoller>().PollOnceAsync(RunRetrain, ct));

        var status = await StatusAsync(scope, id, ct);
        using var json = JsonDocument.Parse(status.Text);
        Assert.Equal("Failed", json.RootElement.GetProperty("state").GetString());
        Assert.Equal(RetrainRequest.MaxTries, json.RootElement.GetProperty("tries").GetInt32());
        Assert.Equal(RunRetrainJob.GaveUpProblem, json.RootElement.GetProperty("problem").GetString());
        Assert.True(json.RootElement.TryGetProperty("finishedAt", out _), status.Text);
        Assert.Empty(await scope.Get<FileStore>().ListAsync(StorageNames.Containers.RetrainRequests, ct));
        Assert.Equal(0, await scope.Get<UploadPoller>().PollOnceAsync(RunRetrain, ct));
    }

    [Fact]
    public async Task RetrainStatus_QueuedLongerThanAnyHostTakesToStartIt_SaysNothingRunsIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var id = JsonDocument.Parse((await PostAsync(scope, ct)).Text).RootElement.GetProperty("id").GetString()!;

        scope.Time.Advance(RetrainRequest.NeverStartedAfter);
        using (var waiting = JsonDocument.Parse((await StatusAsync(scope, id, ct)).Text))
        {
            Assert.Equal("Queued", waiting.RootElement.GetProperty("state").GetString());
            Assert.False(waiting.RootElement.TryGetProperty("problem", out _));
        }

        scope.Time.Advance(TimeSpan.FromSeconds(1));
        using (var stuck = JsonDocument.Parse((await StatusAsync(scope, id, ct)).Text))
        {
            Assert.Equal("Queued", stuck.RootElement.GetProperty("state").GetString());
            Assert.Equal(RetrainRequest.NeverStartedProblem, stuck.RootElement.GetProperty("problem").GetString());
        }

        // Saying so is the answer's, not the request's: once a host runs it, it runs as any other.
        Assert.Equal(1, await scope.Get<UploadPoller>().PollOnceAsync(RunRetrain, ct));
        Assert.Equal("Done", await StateAsync(scope, id, ct));
    }

    [Theory]
    [InlineData(2, "it runs again when a host next picks it up")]
    [InlineData(RetrainRequest.MaxTries, "it was the last try: retrain again")]
    public async Task RetrainStatus_RunningTryNotHeardOfForFiveMinutes_SaysItsHostStoppedItAndWhatFollows(int tries, string next)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var requests = scope.Get<RetrainRequestStore>();

        // As a try leaves it when its host stops mid-run: running, its last beat a while ago, nothing after.
        var request = await QueueRunningAsync(scope, tries, ct);
        scope.Time.Advance(TimeSpan.FromMinutes(2));
        await requests.SaveAsync((await requests.GetAsync(request.Id, ct))! with { AliveAt = scope.Time.GetUtcNow() }, ct);
        scope.Time.Advance(RetrainRequest.StoppedAfter);
        using (var running = JsonDocument.Parse((await StatusAsync(scope, request.Id, ct)).Text))
        {
            Assert.False(running.RootElement.TryGetProperty("problem", out _));
        }

        scope.Time.Advance(TimeSpan.FromSeconds(1));
        using var stopped = JsonDocument.Parse((await StatusAsync(scope, request.Id, ct)).Text);

        Assert.Equal("Running", stopped.RootElement.GetProperty("state").GetString());
        var problem = stopped.RootElement.GetProperty("problem").GetString();
        Assert.Equal(RetrainRequest.StoppedProblem(tries), problem);
        Assert.StartsWith($"Try {tries} of {RetrainRequest.MaxTries} has not been heard of for 5 minutes", problem, StringComparison.Ordinal);
        Assert.Contains(next, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AsSeenAt_TryStartedAnHourAgoAndStillBeating_NoProblem()
    {
        // profit serve has no functionTimeout: a retrain of many labels there may run past 30 minutes and is no stopped one.
        var asked = new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);
        var running = RetrainRequest.Queue(asked) with
        {
            State = RetrainRequestState.Running,
            StartedAt = asked,
            Tries = 1,
            AliveAt = asked.AddMinutes(59),
        };

        Assert.Null(running.AsSeenAt(asked.AddMinutes(60)).Problem);
        Assert.Null(running.AsSeenAt(asked.AddMinutes(59) + RetrainRequest.StoppedAfter).Problem);
        Assert.Equal(RetrainRequest.StoppedProblem(1), running.AsSeenAt(asked.AddMinutes(59) + RetrainRequest.StoppedAfter + TimeSpan.FromTicks(1)).Problem);
    }

    [Fact]
    public async Task RetrainHeartbeat_WhileATryRuns_RecordsItStillRunsEveryMinuteAndNothingOnceDisposed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var requests = scope.Get<RetrainRequestStore>();
        var running = await QueueRunningAsync(scope, 1, ct);

        await using (RetrainHeartbeat.Start(requests, running, scope.Time, NullLogger.Instance, ct))
        {
            for (var beat = 1; beat <= 3; beat++)
            {
                scope.Time.Advance(RetrainRequest.BeatEvery);
                var expected = scope.Time.GetUtcNow();
                var seen = await WaitForAsync(async () => (await requests.GetAsync(running.Id, ct))!.AliveAt == expected, ct);
                Assert.True(seen, $"beat {beat} was not recorded");
            }
        }

        var last = (await requests.GetAsync(running.Id, ct))!;
        scope.Time.Advance(5 * RetrainRequest.BeatEvery);
        await Task.Delay(TimeSpan.FromMilliseconds(300), ct);

        Assert.Equal(last.AliveAt, (await requests.GetAsync(running.Id, ct))!.AliveAt);
        Assert.Equal((RetrainRequestState.Running, running.StartedAt, 1), (last.State, last.StartedAt, last.Tries));
    }

    [Fact]
    public async Task RunRetrain_EveryTryStoppedMidRun_FailedWithoutAnotherTryAndTheTriggerCleared()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var requests = scope.Get<RetrainRequestStore>();

        // As the last of five tries leaves it when its host is stopped (profit serve killed, say): running, its trigger still there.
        var request = await QueueRunningAsync(scope, RetrainRequest.MaxTries, ct);
        scope.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, await scope.Get<UploadPoller>().PollOnceAsync(RunRetrain, ct));

        var failed = (await requests.GetAsync(request.Id, ct))!;
        Assert.Equal((RetrainRequestState.Failed, RetrainRequest.MaxTries, RetrainRequest.StoppedEachTryProblem), (failed.State, failed.Tries, failed.Problem));
        Assert.Equal(scope.Time.GetUtcNow(), failed.FinishedAt);
        Assert.Null(failed.Outcome);
        Assert.Empty(await scope.Get<FileStore>().ListAsync(StorageNames.Containers.RetrainRequests, ct));
        Assert.Null(await scope.Get<ModelStore>().GetLatestMetricsAsync(ct));
    }

    [Fact]
    public async Task RunRetrain_BlobThatIsNoRequest_ClearedAndNothingRecorded()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var files = scope.Get<FileStore>();
        await files.WriteAsync(StorageNames.Containers.RetrainRequests, "notes.txt", BinaryData.FromString("hello"), "text/plain", ct);

        Assert.Equal(1, await scope.Get<UploadPoller>().PollOnceAsync(RunRetrain, ct));

        Assert.Empty(await files.ListAsync(StorageNames.Containers.RetrainRequests, ct));
        Assert.Empty(await files.ListAsync(StorageNames.Containers.Retrains, ct));
        Assert.Null(await scope.Get<ModelStore>().GetLatestMetricsAsync(ct));
    }

    [Fact]
    public async Task Retrain_QueuedNinetyDaysAfterOthers_TheirStatesGoAndTheRecentOnesStay()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var requests = scope.Get<RetrainRequestStore>();
        var old = await requests.QueueAsync(ct);
        scope.Time.Advance(TimeSpan.FromDays(2));
        var recent = await requests.QueueAsync(ct);

        scope.Time.Advance(RetrainRequestStore.KeptFor - TimeSpan.FromDays(1));
        var latest = await requests.QueueAsync(ct);

        Assert.Null(await requests.GetAsync(old.Id, ct));
        Assert.NotNull(await requests.GetAsync(recent.Id, ct));
        Assert.NotNull(await requests.GetAsync(latest.Id, ct));
        Assert.Equal(StatusCodes.Status404NotFound, (await StatusAsync(scope, old.Id, ct)).Status);
    }

    [Theory]
    [InlineData("20260315T101500000Z0a1b2c3d")]
    [InlineData("..%2Fmodels%2Fcurrent")]
    [InlineData("latest")]
    public async Task RetrainStatus_IdNeverQueuedOrNotAnId_404(string id)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);

        Assert.Equal(StatusCodes.Status404NotFound, (await StatusAsync(scope, id, ct)).Status);
    }

    [Fact]
    public void Queue_IdsAreIdsAndSortByWhenAsked()
    {
        var first = RetrainRequest.Queue(new DateTimeOffset(2026, 3, 15, 23, 59, 59, 999, TimeSpan.FromHours(-5)));
        var second = RetrainRequest.Queue(new DateTimeOffset(2026, 3, 16, 5, 0, 0, TimeSpan.Zero));

        Assert.True(RetrainRequest.IsId(first.Id) && RetrainRequest.IsId(second.Id));
        Assert.Equal(first.RequestedAt, RetrainRequest.RequestedAtOf(first.Id));
        Assert.Null(RetrainRequest.RequestedAtOf("notes.txt"));
        Assert.StartsWith("20260316T045959999Z", first.Id, StringComparison.Ordinal);
        Assert.True(string.CompareOrdinal(first.Id, second.Id) < 0);
        Assert.True(RetrainRequest.IsId("20260316T045959999Z0a1b2c3d"));
        Assert.False(RetrainRequest.IsId("20260316T045959999Z0A1B2C3D"));
        Assert.False(RetrainRequest.IsId("20261316T045959999Z0a1b2c3d"));
        Assert.False(RetrainRequest.IsId(first.Id[..^1]));
    }

    private static async Task<ExecutedResult> PostAsync(PipelineScope scope, CancellationToken ct)
    {
        var request = HttpPost.Json(string.Empty);
        request.Path = "/api/models/retrain";
        var job = scope.Services.GetRequiredKeyedService<IHttpJob>(PipelineCatalog.Names.RetrainModel);
        return await ExecutedResult.RunAsync(await job.HandleAsync(request, [], ct));
    }

    private static async Task<ExecutedResult> StatusAsync(PipelineScope scope, string id, CancellationToken ct)
    {
        var job = scope.Services.GetRequiredKeyedService<IHttpJob>(PipelineCatalog.Names.RetrainStatus);
        return await ExecutedResult.RunAsync(await job.HandleAsync(ExecutedResult.Request(), new() { ["requestId"] = id }, ct));
    }

    private static async Task<string?> StateAsync(PipelineScope scope, string id, CancellationToken ct)
    {
        using var json = JsonDocument.Parse((await StatusAsync(scope, id, ct)).Text);
        return json.RootElement.GetProperty("state").GetString();
    }

    /// <summary>A request queued now and saved as its try number <paramref name="tries"/> leaves it when it starts, its trigger still there.</summary>
    private static async Task<RetrainRequest> QueueRunningAsync(PipelineScope scope, int tries, CancellationToken ct)
    {
        var requests = scope.Get<RetrainRequestStore>();
        var running = (await requests.QueueAsync(ct)) with { State = RetrainRequestState.Running, StartedAt = scope.Time.GetUtcNow(), Tries = tries };
        await requests.SaveAsync(running, ct);
        return running;
    }

    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
        }

        return false;
    }

    private Task<PipelineScope> StartAsync(CancellationToken ct) =>
        PipelineScope.StartAsync(azurite, ct, configure: services => services.AddLocalPipelineHost(new ConfigurationBuilder().Build()));
}
