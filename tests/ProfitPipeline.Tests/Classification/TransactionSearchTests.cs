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
    public async Task Filters_SelectRowsByTextCategorySourceKindAndDates_NewestFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("march.csv", Bank, ct);
        await scope.Get<ITaggingAdmin>().SaveRuleAsync(new() { Id = "rides", Pattern = "lyft", Category = "travel" }, null, ct);
        var admin = scope.Get<ITaggingAdmin>();

        async Task<List<decimal>> Amounts(TransactionFilter filter) => [.. (await admin.FindTransactionsAsync(filter, ct)).Select(r => r.Amount)];

        Assert.Equal([900.00m, -49.00m, -22.10m, -18.40m], await Amounts(new()));
        Assert.Equal([-22.10m, -18.40m], await Amounts(new(Text: "lyft")));
        Assert.Equal([-49.00m], await Amounts(new(Text: "FONTS")));
        Assert.Equal([-22.10m, -18.40m], await Amounts(new(Category: "Travel", Source: TagSource.Rule)));
        Assert.Equal([900.00m], await Amounts(new(Kind: TransactionKind.BankCredit)));
        Assert.Equal([-49.00m, -22.10m], await Amounts(new(From: new DateOnly(2026, 3, 5), To: new DateOnly(2026, 3, 31))));
        Assert.Equal([900.00m, -49.00m], await Amounts(new(Limit: 2)));
    }

    [Theory]
    [InlineData("category=sofware", "'sofware' is not in the category chart")]
    [InlineData("from=2026-13-01", "from: '2026-13-01' is not a date (yyyy-MM-dd)")]
    [InlineData("source=robot&kind=7", "source: 'robot' is not one of")]
    [InlineData("kind=7", "kind: '7' is not one of")]
    [InlineData("limit=ten", "limit: 'ten' is not a whole number")]
    [InlineData("limit=0", "The limit must be between 1 and 5000")]
    [InlineData("from=2026-04-01&to=2026-03-01", "From 2026-04-01 is after to 2026-03-01")]
    public async Task Endpoint_UnreadableFilter_400NamingTheParameterAndWhy(string query, string reason)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var job = scope.Services.GetRequiredKeyedService<IHttpJob>(PipelineCatalog.Names.ListTransactions);

        var result = await ExecutedResult.RunAsync(await job.HandleAsync(ExecutedResult.Request("?" + query), [], ct));

        Assert.Equal(StatusCodes.Status400BadRequest, result.Status);
        Assert.Contains(reason, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoint_ReturnsTheRowsWithTheirTagsAsJson()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("march.csv", Bank, ct);
        var job = scope.Services.GetRequiredKeyedService<IHttpJob>(PipelineCatalog.Names.ListTransactions);

        var result = await ExecutedResult.RunAsync(await job.HandleAsync(ExecutedResult.Request("?text=fontspring&kind=bankdebit"), [], ct));

        Assert.Equal(StatusCodes.Status200OK, result.Status);
        Assert.Contains("\"counterparty\":\"Fontspring\"", result.Text, StringComparison.Ordinal);
        Assert.Contains("\"tags\":", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lyft", result.Text, StringComparison.Ordinal);
    }
}
