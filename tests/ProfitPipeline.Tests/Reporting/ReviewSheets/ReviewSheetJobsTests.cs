using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Tests.Azurite;
using ProfitPipeline.Tests.Classification;
using ProfitPipeline.Tests.Classification.Jobs;
using ProfitPipeline.Tests.Classification.Learning;
using ProfitPipeline.Tests.Reporting;

namespace ProfitPipeline.Tests.Reporting.ReviewSheets;

/// <summary><c>GET</c> and <c>POST /api/review/sheet</c> on Azurite: the queue downloaded as a sheet and answered back.</summary>
public sealed class ReviewSheetJobsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SheetDownloadedAndPostedBackAnswered_AnswersAppliedAndTheBadRowPlaced()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await MarchWaiting.StartAsync(azurite, ct);
        var export = scope.Services.GetRequiredKeyedService<IHttpJob>(PipelineCatalog.Names.ExportReviewSheet);
        var import = scope.Services.GetRequiredKeyedService<IHttpJob>(PipelineCatalog.Names.ImportReviewSheet);

        var sheet = await ExecutedResult.RunAsync(await export.HandleAsync(new DefaultHttpContext().Request, [], ct));
        var lines = sheet.Text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var fees = Array.FindIndex(lines, l => l.Contains(",2026-03-31,", StringComparison.Ordinal));
        var refund = Array.FindIndex(lines, l => l.Contains("refund", StringComparison.Ordinal));
        lines[fees] = lines[fees][..^3] + "bank-fees,,,";
        lines[refund] = lines[refund][..^3] + "yachts,,,";
        var posted = await ExecutedResult.RunAsync(await import.HandleAsync(HttpPost.Csv(string.Join("\r\n", lines)), [], ct));
        var notASheet = await ExecutedResult.RunAsync(await import.HandleAsync(HttpPost.Csv("id,notes\n1,x\n"), [], ct));
        var page = await ExecutedResult.RunAsync(await export.HandleAsync(ExecutedResult.Request("?format=html"), [], ct));
        var unknownFormat = await ExecutedResult.RunAsync(await export.HandleAsync(ExecutedResult.Request("?format=xml"), [], ct));

        Assert.Equal((StatusCodes.Status200OK, "text/csv; charset=utf-8"), (sheet.Status, sheet.ContentType));
        Assert.Contains("filename=review.csv", sheet.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        Assert.Equal(9, lines.Length);
        Assert.Equal(StatusCodes.Status200OK, posted.Status);
        using var outcome = JsonDocument.Parse(posted.Text);
        Assert.Equal((1, 6), (outcome.RootElement.GetProperty("applied").GetInt32(), outcome.RootElement.GetProperty("unanswered").GetInt32()));
        var rejected = Assert.Single(outcome.RootElement.GetProperty("rejected").EnumerateArray());
        Assert.Equal(refund + 1, rejected.GetProperty("line").GetInt32());
        Assert.Contains("yachts", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(7, (await scope.Get<ReviewQueue>().PendingAsync(ct)).Count);
        Assert.Equal(StatusCodes.Status400BadRequest, notASheet.Status);
        Assert.Equal((StatusCodes.Status200OK, "text/html; charset=utf-8"), (page.Status, page.ContentType));
        Assert.Contains("Rows to answer", page.Text, StringComparison.Ordinal);
        Assert.Contains("ACCOUNT FEES 2026-04", page.Text, StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status400BadRequest, unknownFormat.Status);
        Assert.Contains("format: 'xml' is not csv, html or json.", unknownFormat.Text, StringComparison.Ordinal);
        Assert.Contains("a review sheet needs a 'transaction_id' column", notASheet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BankStatementsAloneNoModelYet_SheetListsTheUntaggedRowsAndItsAnswersQueueTheFirstModelsTraining()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct, configure: services => services.AddLocalPipelineHost(new ConfigurationBuilder().Build()));
        await scope.IngestCleanAsync("january.csv", RidesAndServers.RidesAndServersCsv(60), ct);
        var export = scope.Services.GetRequiredKeyedService<IHttpJob>(PipelineCatalog.Names.ExportReviewSheet);
        var import = scope.Services.GetRequiredKeyedService<IHttpJob>(PipelineCatalog.Names.ImportReviewSheet);

        var sheet = await ExecutedResult.RunAsync(await export.HandleAsync(new DefaultHttpContext().Request, [], ct));
        var lines = sheet.Text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var answered = lines.Select((l, i) => i == 0 ? l : l[..^3] + (l.Contains("Lyft", StringComparison.Ordinal) ? "travel,,," : "hosting,,,"));
        var posted = await ExecutedResult.RunAsync(await import.HandleAsync(HttpPost.Csv(string.Join("\r\n", answered)), [], ct));
        var queued = await scope.Get<ModelStore>().GetCurrentAsync(ct);
        var ran = await scope.Get<UploadPoller>().PollOnceAsync(PipelineCatalog.Jobs.Single(j => j.Name == PipelineCatalog.Names.RunRetrain), ct);
        await scope.IngestCleanAsync("march.csv", "Date,Description,Counterparty,Amount,Currency\n2026-03-15,Ride to airport,Lyft,-31.20,EUR\n", ct);

        Assert.Equal(61, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",,,,,category,,,,,", l, StringComparison.Ordinal));
        Assert.Equal(StatusCodes.Status200OK, posted.Status);
        using var outcome = JsonDocument.Parse(posted.Text);
        Assert.Equal(60, outcome.RootElement.GetProperty("applied").GetInt32());
        Assert.False(outcome.RootElement.TryGetProperty("firstModel", out _));
        var retrain = await scope.Get<RetrainRequestStore>().GetAsync(outcome.RootElement.GetProperty("firstModelRetrain").GetString()!, ct);
        Assert.Null(queued);
        Assert.Equal(1, ran);
        Assert.Equal(RetrainRequestState.Done, retrain!.State);
        Assert.True(retrain.Outcome!.Promoted);
        var ride = Assert.Single(await scope.ReadLedgerAsync(ct), t => t.BookingDate == new DateOnly(2026, 3, 15));
        Assert.Equal(("travel", TagSource.Model), (ride.Tags.Category?.Value, ride.Tags.Category?.Source));
    }
}
