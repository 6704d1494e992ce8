using Microsoft.Extensions.Options;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification.Learning;

/// <summary>Reads <see cref="ModelStatus"/>: the pointer, the metrics beside the model, and the labels that answered its spot checks.</summary>
internal sealed class ModelStatusReader(ModelStore models, LabelStore labels, SpotChecks sample, IOptions<ClassificationOptions> options)
{
    /// <summary>Null before any model was promoted.</summary>
    public async Task<ModelStatus?> GetAsync(CancellationToken cancellationToken)
    {
        if (await models.GetCurrentAsync(cancellationToken) is not { } current)
        {
            return null;
        }

        var metrics = await models.GetMetricsAsync(current.Version, cancellationToken);
        var spotChecks = SpotCheckResults.Of(await labels.ListSpotChecksOfAsync(current.Version, cancellationToken), current.Version);
        var described = spotChecks.Checked == 0 ? "no spot check answered yet" : spotChecks.Describe(options.Value.TargetPrecision);
        return new ModelStatus(current.Version, metrics, spotChecks.Checked, spotChecks.Right, described, current.SpotChecksFailed, sample.Describe(current.FirstSpotChecks));
    }
}
