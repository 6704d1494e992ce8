using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Reporting.Digest;
using ProfitPipeline.Reporting.Reports;
using ProfitPipeline.Tests.Azurite;
using ProfitPipeline.Tests.Classification.Learning;

namespace ProfitPipeline.Tests.Reporting.Reports;

/// <summary>The weekly digest composed on Azurite from what the pipeline stored.</summary>
public sealed class DigestComposerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SpotChecksStoppedTheTaggingModel_DigestSaysWhatTheyShowedEvenInAQuietWeek()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await RidesAndServers.PromoteModelAsync(scope, ct);
        await scope.IngestCleanAsync("november.csv", "Date,Description,Counterparty,Amount,Currency\n2026-10-30,ride,Lyft,-18.40,EUR\n", ct);
        var week = IsoWeek.Containing(DateOnly.FromDateTime(scope.Time.GetUtcNow().UtcDateTime));

        var quietWeek = new IsoWeek(week.Year, week.Week - 1);
        var composer = scope.Get<DigestComposer>();

        var (accepting, quietAccepting) = (await composer.ComposeAsync(week, ct), await composer.ComposeAsync(quietWeek, ct));
        var store = scope.Get<ModelStore>();
        await store.MarkSpotChecksFailedAsync((await store.GetCurrentAsync(ct))!, "0 of 3 spot-checked tags right; a run of 3 answers had 3 wrong", ct);
        var (stopped, quietStopped) = (await composer.ComposeAsync(week, ct), await composer.ComposeAsync(quietWeek, ct));

        Assert.Null(accepting.TaggingModelStopped);
        Assert.False(quietAccepting.HasNewData, "no import that week");
        Assert.Equal("0 of 3 spot-checked tags right; a run of 3 answers had 3 wrong", stopped.TaggingModelStopped);
        Assert.Equal((true, stopped.TaggingModelStopped), (quietStopped.HasNewData, quietStopped.TaggingModelStopped));
    }

    [Fact]
    public async Task RowsOfPayeesTheModelNeverLearnedWait_DigestCountsThemAndThePayeesTheyComeUnder()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct, new Dictionary<string, string?> { ["ProfitPipeline:Classification:SpotCheckEvery"] = "0" });
        await RidesAndServers.PromoteModelAsync(scope, ct);
        await scope.IngestCleanAsync(
            "november.csv",
            "Date,Description,Counterparty,Amount,Currency\n2026-10-27,ride,Lyft,-18.40,EUR\n2026-10-28,ride,Uber,-21.00,EUR\n2026-10-29,ride,Uber,-9.50,EUR\n2026-10-30,errors,Sentry,-26.00,EUR\n",
            ct);

        var digest = await scope.Get<DigestComposer>().ComposeAsync(IsoWeek.Containing(DateOnly.FromDateTime(scope.Time.GetUtcNow().UtcDateTime)), ct);

        Assert.Equal((3, 2, 0), (digest.TagsAwaitingReview, digest.PayeesAwaitingReview, digest.UntaggedRows));
    }

    [Fact]
    public async Task BankStatementsAloneNoModel_DigestCountsTheRowsNothingTagged()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("january.csv", RidesAndServers.RidesAndServersCsv(12), ct);

        var digest = await scope.Get<DigestComposer>().ComposeAsync(IsoWeek.Containing(DateOnly.FromDateTime(scope.Time.GetUtcNow().UtcDateTime)), ct);

        Assert.Equal((0, 12), (digest.TagsAwaitingReview, digest.UntaggedRows));
        Assert.True(digest.HasNewData);
    }
}
