using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Classification;
using ProfitPipeline.Ledger;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Tests.Azurite;
using ProfitPipeline.Tests.Reporting;

namespace ProfitPipeline.Tests.Classification;

public sealed class TransactionSearchTests(AzuriteFixture azurite)
{
    private const string Bank = "Date,Description,Counterparty,Amount,Currency\n"
        + "2026-03-02,Ride to client,Lyft,-18.40,EUR\n"
        + "2026-03-09,Ride home,LYFT,-22.10,EUR\n"
        + "2026-03-10,Fonts,Fontspring,-49.00,EUR\n"
        + "2026-04-01,Payment INV-9,Acme Widgets,900.00,EUR\n";

    [Fact]
    public async Task Filters_SelectRowsByTextCategoryOrNoneSourceKindAndDates_NewestFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("march.csv", Bank, ct);
        await scope.Get<ITaggingAdmin>().SaveRuleAsync(new() { Id = "rides", Pattern = "lyft", Category = "travel" }, null, ct);
        var admin = scope.Get<ITaggingAdmin>();

        async Task<List<decimal>> Amounts(TransactionFilter filter) => [.. (await admin.FindTransactionsAsync(filter, ct)).Rows.Select(r => r.Amount)];

        Assert.Equal([900.00m, -49.00m, -22.10m, -18.40m], await Amounts(new()));
        Assert.Equal([-22.10m, -18.40m], await Amounts(new(Text: "lyft")));
        Assert.Equal([-49.00m], await Amounts(new(Text: "FONTS")));
        Assert.Equal([-22.10m, -18.40m], await Amounts(new(Category: "Travel", Source: TagSource.Rule)));
        Assert.Equal([900.00m], await Amounts(new(Kind: TransactionKind.BankCredit)));
        Assert.Equal([-49.00m, -22.10m], await Amounts(new(From: new DateOnly(2026, 3, 5), To: new DateOnly(2026, 3, 31))));
        Assert.Equal([900.00m, -49.00m], await Amounts(new(Limit: 2)));

        // No model yet (no invoices or bills): the rows no rule tagged are the ones to answer first.
        Assert.Equal([900.00m, -49.00m], await Amounts(new(Category: TransactionFilter.Untagged)));
        Assert.Equal([-49.00m], await Amounts(new(Category: "NONE", Kind: TransactionKind.BankDebit)));
    }

    [Theory]
    [InlineData("category=sofware", "'sofware' is not in the category chart")]
    [InlineData("from=2026-13-01", "from: '2026-13-01' is not a date (yyyy-MM-dd)")]
    [InlineData("source=robot&kind=7", "source: 'robot' is not one of")]
    [InlineData("kind=7", "kind: '7' is not one of")]
    [InlineData("limit=ten", "limit: 'ten' is not a whole number")]
    [InlineData("limit=0", "The limit must be between 1 and 5000")]
    [InlineData("from=2026-04-01&to=2026-03-01", "From 2026-04-01 is after to 2026-03-01")]
    [InlineData("after=page2", "after: 'page2' is not a cursor from a previous page's Link header")]
    public async Task Endpoint_UnreadableFilter_400NamingTheParameterAndWhy(string query, string reason)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var job = Endpoint(scope);

        var result = await GetAsync(job, "?" + query, ct);

        Assert.Equal(StatusCodes.Status400BadRequest, result.Status);
        Assert.Contains(reason, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoint_ReturnsTheRowsWithTheirTagsAsJson()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("march.csv", Bank, ct);
        var job = Endpoint(scope);

        var result = await GetAsync(job, "?text=fontspring&kind=bankdebit", ct);

        Assert.Equal(StatusCodes.Status200OK, result.Status);
        Assert.Contains("\"counterparty\":\"Fontspring\"", result.Text, StringComparison.Ordinal);
        Assert.Contains("\"tags\":", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lyft", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_FollowedByTheirCursors_ListEveryRowOnce_EvenWhenRowsArriveBetweenPages()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("march.csv", Bank + "2026-03-09,Ride back,Lyft,-9.90,EUR\n", ct);
        var admin = scope.Get<ITaggingAdmin>();

        var first = await admin.FindTransactionsAsync(new(Limit: 2), ct);
        await scope.IngestCleanAsync("late.csv", "Date,Description,Counterparty,Amount,Currency\n2026-05-01,Newest,Figma,-15.00,EUR\n2026-02-01,Oldest,Figma,-12.00,EUR\n", ct);
        var amounts = first.Rows.Select(r => r.Amount).ToList();
        var cursor = first.Next;
        var pages = 1;
        while (cursor is not null)
        {
            var page = await admin.FindTransactionsAsync(new(Limit: 2, After: cursor), ct);
            amounts.AddRange(page.Rows.Select(r => r.Amount));
            cursor = page.Next;
            pages++;
        }

        // Two rows share 2026-03-09 and are split across pages; the row newer than the first page is not fetched again later.
        Assert.Equal(3, pages);
        Assert.Equal([900.00m, -49.00m], amounts[..2]);
        Assert.Equal(
            [-49.00m, -22.10m, -18.40m, -12.00m, -9.90m],
            amounts[1..].Order());
        Assert.Equal(amounts.Count, amounts.Distinct().Count());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(200)]
    public async Task Pages_OverYearsWithGapsAndAFutureRow_ListEveryRowNewestFirst(int limit)
    {
        // Today is 2026-11-02 in the scope: the search reads windows of months back from now, and anything booked later.
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("years.csv", "Date,Description,Counterparty,Amount,Currency\n"
            + "2023-12-30,Old,Figma,-1.00,EUR\n2025-06-05,Mid,Figma,-2.00,EUR\n2026-10-31,Recent,Figma,-3.00,EUR\n"
            + "2026-11-02,Today,Figma,-4.00,EUR\n2027-01-15,Prepaid,Figma,-5.00,EUR\n", ct);
        var admin = scope.Get<ITaggingAdmin>();

        var amounts = new List<decimal>();
        TransactionCursor? cursor = null;
        do
        {
            var page = await admin.FindTransactionsAsync(new(Limit: limit, After: cursor), ct);
            amounts.AddRange(page.Rows.Select(r => r.Amount));
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.Equal([-5.00m, -4.00m, -3.00m, -2.00m, -1.00m], amounts);
        Assert.Equal([-2.00m], (await admin.FindTransactionsAsync(new(From: new DateOnly(2024, 1, 1), To: new DateOnly(2026, 10, 30)), ct)).Rows.Select(r => r.Amount));
    }

    [Fact]
    public async Task Endpoint_MoreRowsThanTheLimit_LinksTheNextPage()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("march.csv", Bank, ct);
        var job = Endpoint(scope);

        var first = await GetAsync(job, "?kind=bankdebit&limit=2", ct);
        var link = first.Headers.Link.ToString();
        var next = link[(link.IndexOf('?', StringComparison.Ordinal))..link.IndexOf('>', StringComparison.Ordinal)];
        var second = await GetAsync(job, next, ct);

        Assert.EndsWith("; rel=\"next\"", link, StringComparison.Ordinal);
        Assert.Contains("kind=bankdebit", next, StringComparison.Ordinal);
        Assert.Contains("Fontspring", first.Text, StringComparison.Ordinal);
        Assert.Contains("-18.4", second.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fontspring", second.Text, StringComparison.Ordinal);
        Assert.Empty(second.Headers.Link.ToString());
    }

    private static IHttpJob Endpoint(PipelineScope scope) => scope.Services.GetRequiredKeyedService<IHttpJob>(PipelineCatalog.Names.ListTransactions);

    private static async Task<ExecutedResult> GetAsync(IHttpJob job, string query, CancellationToken ct) =>
        await ExecutedResult.RunAsync(await job.HandleAsync(ExecutedResult.Request(query), [], ct));
}
