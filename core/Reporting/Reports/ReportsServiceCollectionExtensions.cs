using Microsoft.Extensions.DependencyInjection;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Reporting.Sharing;

namespace ProfitPipeline.Reporting.Reports;

internal static class ReportsServiceCollectionExtensions
{
    /// <summary>The catalog's report, share and digest jobs over profitability results.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<SharingOptions>().BindConfiguration(SharingOptions.SectionName);
        services.AddSingleton<ReportDataCache>();
        services.AddSingleton<IImportCompletedHandler>(sp => sp.GetRequiredService<ReportDataCache>());
        services.AddSingleton<ReportBuilder>();
        services.AddSingleton<ReportSharing>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<DigestService>();
        services.AddSingleton<IReportService, ReportService>();
        Report(services, PipelineCatalog.Names.ReportCustomers, ReportRequest.Customers);
        Report(services, PipelineCatalog.Names.ReportCustomerHistory, ReportRequest.Customer);
        Report(services, PipelineCatalog.Names.ReportSegments, ReportRequest.Segments);
        Report(services, PipelineCatalog.Names.ReportFlags, ReportRequest.Flags);
        Report(services, PipelineCatalog.Names.ReportPayments, ReportRequest.Payments);
        Report(services, PipelineCatalog.Names.ReportRestatements, ReportRequest.Restatements);
        services.AddKeyedScoped<IHttpJob, CreateShareJob>(PipelineCatalog.Names.CreateShare);
        services.AddKeyedScoped<IHttpJob, ListSharesJob>(PipelineCatalog.Names.ListShares);
        services.AddKeyedScoped<IHttpJob, RevokeShareJob>(PipelineCatalog.Names.RevokeShare);
        services.AddKeyedScoped<IHttpJob, OpenShareJob>(PipelineCatalog.Names.OpenShare);
        services.AddKeyedScoped<IScheduledJob, WeeklyDigestJob>(PipelineCatalog.Names.WeeklyDigest);
        return services;
    }

    private static void Report(IServiceCollection services, string jobName, string report) =>
        services.AddKeyedScoped<IHttpJob>(jobName, (sp, _) => new ReportJob(report, sp.GetRequiredService<ReportBuilder>()));
}
