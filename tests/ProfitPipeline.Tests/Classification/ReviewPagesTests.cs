using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Classification;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Tests.Azurite;
using ProfitPipeline.Tests.Reporting;

namespace ProfitPipeline.Tests.Classification;

/// <summary>The review queue a page at a time, oldest first: a first model can leave most bank rows waiting.</summary>
public sealed class ReviewPagesTests(AzuriteFixture azurite)
{
    private const string Bank = "Date,Description,Counterparty,Amount,Currency\n"
        + "2026-03-09,Ride,Lyft,-1.00,EUR\n2026-03-02,Fonts,Fontspring,-2.00,EUR\n2026-03-09,Ride back,Lyft,-3.00,EUR\n"
        + "2026-04-01,Design,Figma,-4.00,EUR\n2026-02-15,Hosting,Hetzner,-5.00,EUR\n2026-02-16,Accepted,Hetzner,-6.00,EUR\n";

    [Fact]
    public async Task Pages_FollowedByTheirCursors_ListEveryWaitingRowOnceOldestFirst_EvenWhenOneIsAnsweredBetweenPages()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartWithWaitingRowsAsync(ct);
        var queue = scope.Get<ReviewQueue>();

        var first = await queue.PageAsync(2, null, ct);
        await queue.CorrectAsync([new ReviewCorrection(first.Rows[0].TransactionId, Category: "hosting")], "anna", ct);
        var amounts = first.Rows.Select(r => r.Amount).ToList();
        var waiting = new List<int> { first.Waiting };
        for (var cursor = first.Next; cursor is not null;)
        {
            var page = await queue.PageAsync(2, cursor, ct);
            amounts.AddRange(page.Rows.Select(r => r.Amount));
            waiting.Add(page.Waiting);
            cursor = page.Next;
        }

        // Two rows share 2026-03-09: their order is by id, the same on every page.
        Assert.Equal([-5.00m, -2.00m], amounts[..2]);
        Assert.Equal([-4.00m, -3.00m, -1.00m], amounts[2..].Order());
        Assert.Equal(-4.00m, amounts[^1]);
        Assert.Equal([5, 4, 4], waiting);
    }

    [Fact]
    public async Task Endpoint_MoreWaitingThanTheLimit_LinksTheNextPage_AndABadValueIs400()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartWithWaitingRowsAsync(ct);
        var job = scope.Services.GetRequiredKeyedService<IHttpJob>(PipelineCatalog.Names.ReviewQueue);

        var first = await ExecutedResult.RunAsync(await job.HandleAsync(ExecutedResult.Request("?limit=4"), [], ct));
        var link = first.Headers.Link.ToString();
        var next = link[link.IndexOf('?', StringComparison.Ordinal)..link.IndexOf('>', StringComparison.Ordinal)];
        var second = await ExecutedResult.RunAsync(await job.HandleAsync(ExecutedResult.Request(next), [], ct));
        var zero = await ExecutedResult.RunAsync(await job.HandleAsync(ExecutedResult.Request("?limit=0"), [], ct));
        var bogus = await ExecutedResult.RunAsync(await job.HandleAsync(ExecutedResult.Request("?after=page2&limit=x"), [], ct));

        Assert.Equal(StatusCodes.Status200OK, first.Status);
        Assert.Contains("Hetzner", first.Text, StringComparison.Ordinal);
        Assert.Contains("limit=4", next, StringComparison.Ordinal);
        Assert.Contains("Figma", second.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hetzner", second.Text, StringComparison.Ordinal);
        Assert.Empty(second.Headers.Link.ToString());
        Assert.Equal(StatusCodes.Status400BadRequest, zero.Status);
        Assert.Contains("The limit must be between 1 and 5000", zero.Text, StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status400BadRequest, bogus.Status);
        Assert.Contains("limit: 'x' is not a whole number; after: 'page2' is not a cursor", bogus.Text, StringComparison.Ordinal);
    }

    /// <summary>Six bank rows, five of them with a category proposed below the threshold (waiting), one accepted.</summary>
    private async Task<PipelineScope> StartWithWaitingRowsAsync(CancellationToken ct)
    {
        var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("bank.csv", Bank, ct);
        var rows = await scope.ReadLedgerAsync(ct);
        await scope.Get<TransactionStore>().UpdateTagsAsync(
            rows.Select(t => t with { Tags = new TransactionTags(Category: new Tag("software", TagSource.Model, 0.4m) { Accepted = t.Amount.Amount == -6.00m }) }),
            ct);
        return scope;
    }
}
