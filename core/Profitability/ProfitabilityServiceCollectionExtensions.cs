using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Profitability.Jobs;
using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Profitability;

internal static class ProfitabilityServiceCollectionExtensions
{
    /// <summary>Profitability, reconciliation and the snapshot store; options from <c>ProfitPipeline:Profitability</c>.</summary>
    internal static IServiceCollection AddProfitability(this IServiceCollection services)
    {
        services.AddOptions<ProfitabilityOptions>().BindConfiguration(ProfitabilityOptions.SectionName);
        services.AddSingleton(sp => new PaymentMatcher(sp.GetRequiredService<IOptions<ProfitabilityOptions>>().Value.Reconciliation));
        services.AddSingleton<ProfitabilityService>();
        services.AddSingleton<SnapshotStore>();
        services.AddSingleton<ProfitabilityRun>();
        services.AddSingleton<ISnapshotService, SnapshotService>();
        services.AddSingleton<IImportCompletedHandler, SnapshotOnImport>();
        services.AddKeyedScoped<IScheduledJob, NightlySnapshotJob>(PipelineCatalog.Names.NightlySnapshot);
        return services;
    }
}
