using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Pipeline;

public sealed class PipelineHandlersTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EveryCatalogJob_HasItsHandlerInTheServiceGraph()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);

        foreach (var job in PipelineCatalog.Jobs)
        {
            object? handler = job.Trigger switch
            {
                BlobTrigger => scope.Services.GetKeyedService<IBlobJob>(job.Name),
                TimerTrigger => scope.Services.GetKeyedService<IScheduledJob>(job.Name),
                HttpTrigger => scope.Services.GetKeyedService<IHttpJob>(job.Name),
                _ => null,
            };
            Assert.True(handler is not null, $"{job.Name} has no handler");
        }
    }
}
