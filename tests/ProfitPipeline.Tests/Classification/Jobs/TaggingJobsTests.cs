using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Classification;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Tests.Azurite;
using ProfitPipeline.Tests.Classification.Learning;
using ProfitPipeline.Tests.Reporting;

namespace ProfitPipeline.Tests.Classification.Jobs;

/// <summary>The tagging endpoints both hosts serve, run against the real service graph on Azurite.</summary>
public sealed class TaggingJobsTests(AzuriteFixture azurite)
{
    private const string BankHeader = "Date,Description,Counterparty,Amount,Currency\n";

    [Fact]
    public async Task SaveRule_BrokenPattern_400WithTheReasonAndNothingStored()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var job = scope.Services.GetRequiredKeyedService<IHttpJob>(PipelineCatalog.Names.SaveRule);

        var result = await ExecutedResult.RunAsync(await job.HandleAsync(HttpPost.Json("""{"id":"r1","mode":"Regex","pattern":"(unclosed","category":"software"}"""), [], ct));

        Assert.Equal(StatusCodes.Status400BadRequest, result.Status);
        Assert.Contains("not a valid regular expression", result.Text, StringComparison.Ordinal);
        Assert.Empty(await scope.Get<RuleStore>().ListAsync(ct));
    }

    [Fact]
    public async Task SubmitReview_RememberedAnswer_AnswersTheRuleItSaved()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("march.csv", BankHeader + "2026-03-02,Fonts,Fontspring,-49.00,EUR\n", ct);
        var row = Assert.Single(await scope.ReadLedgerAsync(ct));
        var job = scope.Services.GetRequiredKeyedService<IHttpJob>(PipelineCatalog.Names.SubmitReview);

        var result = await ExecutedResult.RunAsync(await job.HandleAsync(HttpPost.Json($$"""[{"transactionId":"{{row.Id.Value}}","category":"Software","remember":true}]"""), [], ct));

        Assert.Equal(StatusCodes.Status200OK, result.Status);
        Assert.Equal("""{"applied":1,"rejected":[],"rulesSaved":["review-bankdebit-fontspring"]}""", result.Text);
        Assert.Equal("software", Assert.Single(await scope.Get<RuleStore>().ListRulesAsync(ct)).Category);
    }

    [Fact]
    public async Task RetrainModel_TooFewLabels_SaysSoAndPromotesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);

        var outcome = await scope.Get<ITaggingAdmin>().RetrainAsync(ct);

        Assert.False(outcome.Promoted);
        Assert.Null(outcome.Metrics);
        Assert.Equal("too few labelled rows (0 < 20)", outcome.Reason);
    }
}
