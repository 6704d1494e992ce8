using Microsoft.Extensions.Options;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Reading;

internal static class DefaultCurrency
{
    /// <summary>The configured home currency, for rows whose export states none.</summary>
    public static CurrencyCode From(IOptions<IngestionOptions> options) =>
        CurrencyCode.TryParse(options.Value.DefaultCurrency, out var currency)
            ? currency
            : throw new InvalidOperationException($"{IngestionOptions.SectionName}:DefaultCurrency is not an ISO 4217 code.");
}
