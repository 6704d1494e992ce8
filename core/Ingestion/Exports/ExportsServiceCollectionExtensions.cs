using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Ingestion.Exports.Customers;
using ProfitPipeline.Ingestion.Exports.Documents;
using ProfitPipeline.Ingestion.Exports.Expenses;
using ProfitPipeline.Ingestion.Exports.Processors;

namespace ProfitPipeline.Ingestion.Exports;

internal static class ExportsServiceCollectionExtensions
{
    /// <summary>Registers every accounting, expense, processor and customer-master parser as an <see cref="IFileParser"/>.</summary>
    internal static IServiceCollection AddExportParsing(this IServiceCollection services)
    {
        services.AddSingleton<IFileParser, XeroInvoiceParser>();
        services.AddSingleton<IFileParser, XeroBillParser>();
        services.AddSingleton<IFileParser, XeroCreditNoteParser>();
        services.AddSingleton<IFileParser, QuickBooksInvoiceParser>();
        services.AddSingleton<IFileParser, QuickBooksBillParser>();
        services.AddSingleton<IFileParser, QuickBooksCreditNoteParser>();
        services.AddSingleton<IFileParser, QuickBooksPaymentParser>();
        services.AddSingleton<IFileParser, GenericInvoiceParser>();
        services.AddSingleton<IFileParser, GenericBillParser>();
        services.AddSingleton<IFileParser, GenericCreditNoteParser>();
        services.AddSingleton<IFileParser, GenericPaymentParser>();
        services.AddSingleton<IFileParser, XeroExpenseClaimParser>();
        services.AddSingleton<IFileParser, ExpensifyParser>();
        services.AddSingleton<IFileParser, GenericExpenseParser>();
        services.AddSingleton<IFileParser, StripePaymentsParser>();
        services.AddSingleton<IFileParser, StripeBalanceParser>();
        services.AddSingleton<IFileParser, PayPalActivityParser>();
        services.AddSingleton<IFileParser, CustomerMasterParser>();
        return services;
    }
}
