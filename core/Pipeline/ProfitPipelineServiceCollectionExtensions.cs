using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProfitPipeline.Classification;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reporting;

namespace ProfitPipeline.Pipeline;

/// <summary>Composes the whole pipeline, so the Functions app, <c>profit</c> and the tests build the same graph.</summary>
public static class ProfitPipelineServiceCollectionExtensions
{
    public static IServiceCollection AddProfitPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.SectionName));
        services.AddScoped<PipelineJobRunner>();
        services.AddLedger(configuration);
        services.AddIngestion();
        services.AddClassification();
        services.AddProfitability();
        services.AddReporting();
        services.AddKeyedScoped<IHttpJob, HealthJob>(PipelineCatalog.Names.Health);
        return services;
    }
}
