using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Ledger;

internal static class LedgerServiceCollectionExtensions
{
    public static IServiceCollection AddLedger(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName));
        services.AddSingleton<StorageAccount>();
        services.AddSingleton<ImportStore>();
        services.AddSingleton<TransactionStore>();
        services.AddSingleton<CustomerStore>();
        services.AddSingleton<FileStore>();
        services.AddSingleton<JobRunStore>();
        services.AddSingleton<IUploadInbox, BlobUploadInbox>();
        services.AddHostedService<StorageInitializer>();
        return services;
    }
}
