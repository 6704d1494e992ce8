using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification;

internal static class ClassificationServiceCollectionExtensions
{
    /// <summary>Stores, the tagger, the cached current model and retraining. Options bind from <see cref="ClassificationOptions.SectionName"/> in AddProfitPipeline.</summary>
    internal static IServiceCollection AddClassification(this IServiceCollection services)
    {
        services.AddOptions<ClassificationOptions>().BindConfiguration(ClassificationOptions.SectionName);
        services.AddSingleton<RuleStore>();
        services.AddSingleton<LabelStore>();
        services.AddSingleton<ModelStore>();
        services.AddSingleton<CurrentModelCache>();
        services.AddSingleton<ModelTrainingService>();
        services.AddSingleton(sp => new TransactionTagger(sp.GetRequiredService<IOptions<ClassificationOptions>>().Value.Chart));
        return services;
    }
}
