using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Tests.Azurite;
using ProfitPipeline.Tests.Classification.Jobs;
using ProfitPipeline.Tests.Cli;
using ProfitPipeline.Tests.Reporting;

namespace ProfitPipeline.Tests.Classification.Rules;

/// <summary>What saving a rule would change, previewed on Azurite before anything is saved.</summary>
public sealed class RulePreviewTests(AzuriteFixture azurite)
{
    private const string March =
        "Date,Description,Counterparty,Amount,Currency\n"
        + "2026-03-02,ride to client,Uber,-20.00,EUR\n"
        + "2026-03-05,ride home,Uber,-15.00,EUR\n"
        + "2026-03-06,lunch,Uber Eats,-12.00,EUR\n"
        + "2026-03-07,fonts,Fontspring,-49.00,EUR\n"
        + "2026-03-08,ride back,Uber,-11.00,EUR\n";

    private static readonly TaggingRule Rides = new() { Id = "rides", Order = 100, Pattern = "uber", Field = RuleTextField.Counterparty, Category = "Travel" };

    [Fact]
    public async Task RuleMatchingFourRows_EachCountedOnceAndOnlyTheChangingRowListed_NothingSaved()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await MarchAsync(ct);
        var ledger = await scope.ReadLedgerAsync(ct);

        var preview = await scope.Get<ITaggingAdmin>().PreviewRuleAsync(Rides, RulePreview.DefaultRows, ct);

        Assert.Equal("travel", preview.Rule.Category);
        Assert.False(preview.Replaces);
        Assert.Equal((4, 1, 0, 2, 1, 0), (preview.Matching, preview.Changing, preview.AlreadySo, preview.KeptByPerson, preview.TakenByEarlierRule, preview.OtherRowsChanging));
        var row = Assert.Single(preview.Rows);
        Assert.Equal((Id(ledger, "ride to client"), true), (row.TransactionId, row.Matches));
        var change = Assert.Single(row.Changes);
        Assert.Equal(("category", null, "travel", TagSource.Rule), (change.Tag, change.Before, change.After?.Value, change.After?.Source));
        Assert.Equal(["eats"], (await scope.Get<RuleStore>().ListRulesAsync(ct)).Select(r => r.Id));
        Assert.Equal(ledger.Select(t => (t.Id, t.Tags)), (await scope.ReadLedgerAsync(ct)).Select(t => (t.Id, t.Tags)));
    }

    [Fact]
    public async Task SavedRulePreviewedAgainOrNarrowed_AlreadySoOrItsRowsReleased()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await MarchAsync(ct);
        var admin = scope.Get<ITaggingAdmin>();
        await admin.SaveRuleAsync(Rides, expectedETag: null, ct);

        var again = await admin.PreviewRuleAsync(Rides, RulePreview.DefaultRows, ct);
        var narrowed = await admin.PreviewRuleAsync(Rides with { Pattern = "uber bv" }, RulePreview.DefaultRows, ct);

        Assert.True(again.Replaces);
        Assert.Equal((4, 0, 1, 2, 1, 0), (again.Matching, again.Changing, again.AlreadySo, again.KeptByPerson, again.TakenByEarlierRule, again.OtherRowsChanging));
        Assert.Empty(again.Rows);
        Assert.Equal((0, 0, 1), (narrowed.Matching, narrowed.Changing, narrowed.OtherRowsChanging));
        var released = Assert.Single(narrowed.Rows);
        Assert.False(released.Matches);
        Assert.Equal(("travel", null), (released.Changes[0].Before?.Value, released.Changes[0].After));
    }

    [Fact]
    public async Task PreviewEndpoint_JsonWithTheCountsAndA400ForARuleThatCannotBeSaved()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await MarchAsync(ct);
        var job = scope.Services.GetRequiredKeyedService<IHttpJob>(PipelineCatalog.Names.PreviewRule);

        var ok = await ExecutedResult.RunAsync(await job.HandleAsync(HttpPost.Json("""{"id":"rides","field":"Counterparty","pattern":"uber","category":"travel"}"""), [], ct));
        var badRule = await ExecutedResult.RunAsync(await job.HandleAsync(HttpPost.Json("""{"id":"rides","pattern":"uber","category":"yachts"}"""), [], ct));
        var badLimit = await ExecutedResult.RunAsync(await job.HandleAsync(HttpPost.Json("{}", "?limit=0"), [], ct));

        Assert.Equal(StatusCodes.Status200OK, ok.Status);
        using var json = JsonDocument.Parse(ok.Text);
        Assert.Equal(4, json.RootElement.GetProperty("matching").GetInt32());
        Assert.Equal("travel", json.RootElement.GetProperty("rows")[0].GetProperty("changes")[0].GetProperty("after").GetProperty("value").GetString());
        Assert.Equal(StatusCodes.Status400BadRequest, badRule.Status);
        Assert.Contains("yachts", badRule.Text, StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status400BadRequest, badLimit.Status);
        Assert.Contains("The limit must be between 1 and 5000", badLimit.Text, StringComparison.Ordinal);
        Assert.Equal(["eats"], (await scope.Get<RuleStore>().ListRulesAsync(ct)).Select(r => r.Id));
    }

    [Fact]
    public async Task RulesAddDryRun_PrintsWhatWouldChangeAndSavesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await MarchAsync(ct);
        var ledger = await scope.ReadLedgerAsync(ct);

        var run = await ProfitProcess.RunAsync(["rules", "add", "rides", "--pattern", "uber", "--field", "Counterparty", "--category", "travel", "--dry-run"], scope.ProfitEnvironment, ct);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.TrimEnd().Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Equal(
            [
                "Dry run: rule rides (Counterparty Contains 'uber' → category=travel) is new.",
                "It matches 4 rows: 1 would change, 0 carry its tags already, 2 keep a person's tag (never overwritten), 1 keep the tag of a rule that runs first.",
                $"  {Id(ledger, "ride to client")}  2026-03-02       -20.00 EUR  Uber  category - → travel (rule 1.00)",
                "Nothing saved: run it again without --dry-run to save the rule.",
            ],
            lines);
        Assert.Equal(["eats"], (await scope.Get<RuleStore>().ListRulesAsync(ct)).Select(r => r.Id));
    }

    /// <summary>March's rows; a rule for Uber Eats that runs first; a person's answers on the rides home and back.</summary>
    private async Task<PipelineScope> MarchAsync(CancellationToken ct)
    {
        var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("march.csv", March, ct);
        var admin = scope.Get<ITaggingAdmin>();
        await admin.SaveRuleAsync(new TaggingRule { Id = "eats", Order = 10, Pattern = "uber eats", Field = RuleTextField.Counterparty, Category = "meals" }, expectedETag: null, ct);
        var ledger = await scope.ReadLedgerAsync(ct);
        var outcome = await admin.CorrectAsync([new ReviewCorrection(Id(ledger, "ride home"), Category: "meals"), new ReviewCorrection(Id(ledger, "ride back"), Category: "meals")], ct);
        Assert.Empty(outcome.Rejected);
        return scope;
    }

    private static string Id(IReadOnlyList<LedgerTransaction> ledger, string description) => ledger.Single(t => t.Description == description).Id.Value;
}
