using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProfitPipeline.Ingestion.Qif;

namespace ProfitPipeline.Ingestion.Csv;

internal static class CsvIngestionServiceCollectionExtensions
{
    /// <summary>Registers the bank CSV and QIF parsers (as <see cref="IFileParser"/>) and the built-in mapping profiles.</summary>
    public static IServiceCollection AddBankCsvParsing(this IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMappingProfileSource, BuiltInMappingProfiles>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFileParser, BankCsvParser>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFileParser, QifParser>());
        return services;
    }
}
