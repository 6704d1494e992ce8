using System.Globalization;
using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Classification.Learning;

/// <summary>A business's exports arrive file by file: the model keeps up while the ledger outgrows it, then waits for the week.</summary>
public sealed class ModelRefreshTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ImportsThatOutgrowTheModel_RetrainAndSmallerOnesDoNot()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var admin = scope.Get<ITaggingAdmin>();
        await admin.SaveRuleAsync(new TaggingRule { Id = "lyft", Pattern = "lyft", Category = "travel" }, null, ct);
        await admin.SaveRuleAsync(new TaggingRule { Id = "hetzner", Pattern = "hetzner", Category = "hosting" }, null, ct);
        var models = scope.Get<ModelStore>();

        await scope.IngestCleanAsync("january.csv", Bank(0, 40), ct);
        var first = await models.GetLatestMetricsAsync(ct);
        scope.Time.Advance(TimeSpan.FromMinutes(5));
        await scope.IngestCleanAsync("february.csv", Bank(40, 60), ct);
        var second = await models.GetLatestMetricsAsync(ct);
        scope.Time.Advance(TimeSpan.FromMinutes(5));
        await scope.IngestCleanAsync("march.csv", Bank(100, 10), ct);
        var third = await models.GetLatestMetricsAsync(ct);

        Assert.Equal(40, first!.TrainingRows + first.HoldoutRows);
        Assert.Equal(100, second!.TrainingRows + second.HoldoutRows);
        Assert.True(second.Promoted);
        Assert.Equal(second.Version, third!.Version);
        Assert.Equal(second.Version, (await models.GetCurrentAsync(ct))!.Version);
    }

    /// <summary>Rows <paramref name="from"/> onwards, alternating a ride and a server bill, a day apart.</summary>
    private static string Bank(int from, int count) =>
        "Date,Description,Counterparty,Amount,Currency\n" + string.Concat(Enumerable.Range(from, count).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $"{new DateOnly(2026, 1, 1).AddDays(i):yyyy-MM-dd},{(i % 2 == 0 ? "Ride" : "Server")} {i},{(i % 2 == 0 ? "Lyft" : "Hetzner")},-{10 + i}.00,EUR\n")));
}
