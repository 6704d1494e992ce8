using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProfitPipeline.Classification.Jobs;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Classification;

internal static class ClassificationServiceCollectionExtensions
{
    /// <summary>Stores, the tagger, the cached current model and retraining. Options bind from <see cref="ClassificationOptions.SectionName"/> in AddProfitPipeline.</summary>
    internal static IServiceCollection AddClassification(this IServiceCollection services)
    {
        services.AddOptions<ClassificationOptions>()
            .BindConfiguration(ClassificationOptions.SectionName)
            .Validate(o => o.TargetPrecision is > 0.5 and < 1, $"{ClassificationOptions.SectionName}:TargetPrecision must be above 0.5 and below 1 (0.95 is 95%).")
            .Validate(o => o.SpotCheckEvery >= 0, $"{ClassificationOptions.SectionName}:SpotCheckEvery must be 0 (no spot checks) or more.")
            .Validate(o => o.SpotChecksAtPromotion >= 0, $"{ClassificationOptions.SectionName}:SpotChecksAtPromotion must be 0 (none) or more.")
            .ValidateOnStart();
        services.AddSingleton<RuleStore>();
        services.AddSingleton<LabelStore>();
        services.AddSingleton<ModelStore>();
        services.AddSingleton<CurrentModelCache>();
        services.AddSingleton<SpotCheckWatch>();
        services.AddSingleton<ModelTrainingService>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ClassificationOptions>>().Value.Chart);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ClassificationOptions>>().Value.Processors);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ClassificationOptions>>().Value.SpotChecks);
        services.AddSingleton<TransactionTagger>();
        services.AddSingleton<LedgerTagging>();
        services.AddSingleton<RulePreviewer>();
        services.AddSingleton<ReviewQueue>();
        services.AddSingleton<TransactionSearch>();
        services.AddSingleton<ModelRefresh>();
        services.AddSingleton<ModelStatusReader>();
        services.AddSingleton<ITaggingAdmin, TaggingAdmin>();
        services.AddSingleton<IImportRowTagger, TaggingBeforeStore>();
        services.AddSingleton<IImportCompletedHandler, TaggingOnImport>();
        services.AddKeyedScoped<IHttpJob, ReviewQueueJob>(PipelineCatalog.Names.ReviewQueue);
        services.AddKeyedScoped<IHttpJob, SubmitReviewJob>(PipelineCatalog.Names.SubmitReview);
        services.AddKeyedScoped<IHttpJob, ReviewPayeesJob>(PipelineCatalog.Names.ReviewPayees);
        services.AddKeyedScoped<IHttpJob, ListTransactionsJob>(PipelineCatalog.Names.ListTransactions);
        services.AddKeyedScoped<IHttpJob, ListRulesJob>(PipelineCatalog.Names.ListRules);
        services.AddKeyedScoped<IHttpJob, SaveRuleJob>(PipelineCatalog.Names.SaveRule);
        services.AddKeyedScoped<IHttpJob, PreviewRuleJob>(PipelineCatalog.Names.PreviewRule);
        services.AddKeyedScoped<IHttpJob, DeleteRuleJob>(PipelineCatalog.Names.DeleteRule);
        services.AddSingleton<RetrainRequestStore>();
        services.AddKeyedScoped<IHttpJob, RetrainModelJob>(PipelineCatalog.Names.RetrainModel);
        services.AddKeyedScoped<IHttpJob, RetrainStatusJob>(PipelineCatalog.Names.RetrainStatus);
        services.AddKeyedScoped<IBlobJob, RunRetrainJob>(PipelineCatalog.Names.RunRetrain);
        services.AddKeyedScoped<IHttpJob, CurrentModelJob>(PipelineCatalog.Names.CurrentModel);
        services.AddKeyedScoped<IScheduledJob, WeeklyRetrainJob>(PipelineCatalog.Names.WeeklyRetrain);
        return services;
    }
}
