using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Tests.Azurite;
using ProfitPipeline.Tests.Classification.Learning;
using ProfitPipeline.Tests.Reporting;

namespace ProfitPipeline.Tests.Classification.Jobs;

/// <summary><c>GET /api/models/current</c> on Azurite: what an admin sees of the current model.</summary>
public sealed class CurrentModelJobTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task NoModelYet_404SayingWhereTagsComeFrom()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);

        var result = await GetAsync(scope, ct);

        Assert.Equal(StatusCodes.Status404NotFound, result.Status);
        Assert.Contains(ModelStatus.NoneYet, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromotedModelWithSpotChecksAnswered_ItsMetricsAndAnswersAndThenTheStop()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var version = await RidesAndServers.PromoteModelAsync(scope, ct);
        var rides = RidesAndServers.Transactions().Where((_, i) => i % 2 == 0).Take(4).ToList();
        await scope.Get<LabelStore>().SaveAsync(
            rides.Select((t, i) => new TransactionLabel(t.Id, i == 0 ? "hosting" : "travel", null, null, "anna", scope.Time.GetUtcNow()) { SpotChecked = new SpotCheckedTag(version, "travel") }),
            ct);

        var accepting = await GetAsync(scope, ct);
        var store = scope.Get<ModelStore>();
        await store.MarkSpotChecksFailedAsync((await store.GetCurrentAsync(ct))!, "0 of 3 spot-checked tags right", ct);
        var stopped = await GetAsync(scope, ct);

        Assert.Equal(StatusCodes.Status200OK, accepting.Status);
        using var status = JsonDocument.Parse(accepting.Text);
        var root = status.RootElement;
        Assert.Equal(version, root.GetProperty("version").GetString());
        Assert.Equal(RidesAndServers.Count, root.GetProperty("metrics").GetProperty("trainingRows").GetInt32() + root.GetProperty("metrics").GetProperty("holdoutRows").GetInt32());
        Assert.Equal((4, 3, "3 of 4 spot-checked tags right"), (root.GetProperty("spotChecksAnswered").GetInt32(), root.GetProperty("spotChecksRight").GetInt32(), root.GetProperty("spotChecks").GetString()));
        Assert.False(root.TryGetProperty("acceptanceStopped", out _), "left out while the model accepts");
        Assert.Equal("1 in 50 accepted tags", root.GetProperty("spotCheckSample").GetString());
        using var after = JsonDocument.Parse(stopped.Text);
        Assert.Equal("0 of 3 spot-checked tags right", after.RootElement.GetProperty("acceptanceStopped").GetString());
    }

    private static async Task<ExecutedResult> GetAsync(PipelineScope scope, CancellationToken ct)
    {
        var job = scope.Services.GetRequiredKeyedService<IHttpJob>(PipelineCatalog.Names.CurrentModel);
        return await ExecutedResult.RunAsync(await job.HandleAsync(new DefaultHttpContext().Request, [], ct));
    }
}
