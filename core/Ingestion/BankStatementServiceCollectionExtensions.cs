using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Ingestion.Camt;
using ProfitPipeline.Ingestion.Mt940;
using ProfitPipeline.Ingestion.Ofx;

namespace ProfitPipeline.Ingestion;

/// <summary>The structured bank statement formats: OFX/QFX, ISO 20022 CAMT.05x and SWIFT MT940/MT942.</summary>
internal static class BankStatementServiceCollectionExtensions
{
    internal static IServiceCollection AddBankStatementParsing(this IServiceCollection services)
    {
        services.AddSingleton<IFileParser, OfxParser>();
        services.AddSingleton<IFileParser, CamtParser>();
        services.AddSingleton<IFileParser, Mt940Parser>();
        return services;
    }
}
