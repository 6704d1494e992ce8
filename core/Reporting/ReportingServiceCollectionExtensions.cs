using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;
using ProfitPipeline.Reporting.Digest;
using ProfitPipeline.Reporting.OpenApi;
using ProfitPipeline.Reporting.ReviewSheets;
using ProfitPipeline.Reporting.Reports;
using ProfitPipeline.Reporting.Sharing;

namespace ProfitPipeline.Reporting;

internal static class ReportingServiceCollectionExtensions
{
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        // One key ring for every host and instance, in blob storage. Wrapping the keys with a Key Vault key
        // (ProtectKeysWithAzureKeyVault) belongs here, but Azure.Extensions.AspNetCore.DataProtection.Keys is not in this
        // machine's package registry; until it is, the keys rely on storage encryption at rest and container access control.
        services.AddDataProtection().SetApplicationName("ProfitPipeline");
        services.AddSingleton<BlobKeyRingRepository>();
        services.AddOptions<KeyManagementOptions>().Configure<BlobKeyRingRepository>((options, repository) => options.XmlRepository = repository);

        services.AddSingleton<ShareLinkStore>();
        services.AddSingleton<ShareAuditStore>();
        services.AddSingleton<ShareLinkService>();

        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName);
        services.AddSingleton<ReviewSheetService>();
        services.AddSingleton<IReviewSheets>(sp => sp.GetRequiredService<ReviewSheetService>());
        services.AddKeyedScoped<IHttpJob, ExportReviewSheetJob>(PipelineCatalog.Names.ExportReviewSheet);
        services.AddKeyedScoped<IHttpJob, ImportReviewSheetJob>(PipelineCatalog.Names.ImportReviewSheet);

        services.AddSingleton<DigestStore>();
        services.AddSingleton<DigestWebhook>();
        services.AddSingleton<DigestPublisher>();
        services.AddHttpClient(DigestWebhook.ClientName).AddResilienceHandler("digest-webhook", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<DigestOptions>>().Value;
            pipeline
                .AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.WebhookRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    Delay = options.WebhookRetryDelay,

                    // One caller a week: there is no herd of clients for jitter to spread, and fixed delays are testable.
                    UseJitter = false,
                })
                .AddTimeout(options.WebhookAttemptTimeout);
        });

        // Handlers ready for the catalog entries (OpenApi: GET, anonymous; LatestDigest: GET, function key), added with the endpoints.
        services.AddKeyedScoped<IHttpJob, OpenApiJob>(PipelineCatalog.Names.OpenApi);
        services.AddReports();
        services.AddKeyedScoped<IHttpJob, LatestDigestJob>(PipelineCatalog.Names.LatestDigest);
        return services;
    }
}
