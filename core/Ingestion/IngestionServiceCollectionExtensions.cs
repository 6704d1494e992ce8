using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Ingestion.Csv;
using ProfitPipeline.Ingestion.Exports;
using ProfitPipeline.Ingestion.Jobs;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Ingestion;

internal static class IngestionServiceCollectionExtensions
{
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddBankStatementParsing();
        services.AddExportParsing();
        services.AddBankCsvParsing();
        services.AddSingleton<FormatDetector>();
        services.AddSingleton<ImportReportWriter>();
        services.AddScoped<IImportService, ImportService>();
        services.AddKeyedScoped<IBlobJob, IngestUploadJob>(PipelineCatalog.Names.IngestUpload);
        services.AddKeyedScoped<IHttpJob, ListImportsJob>(PipelineCatalog.Names.ListImports);
        services.AddKeyedScoped<IHttpJob, ImportReportJob>(PipelineCatalog.Names.ImportReport);
        return services;
    }
}
