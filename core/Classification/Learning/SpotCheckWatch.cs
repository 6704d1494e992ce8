using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification.Learning;

/// <summary>
/// Reads people's answers on the current model's spot checks (<see cref="SpotChecks"/>). When they show its accepted tags less
/// precise than the target beyond noise, the pointer records it and the model accepts nothing more until a new model is
/// promoted: its tags still propose, and wait for a person.
/// </summary>
internal sealed partial class SpotCheckWatch(LabelStore labels, ModelStore models, CurrentModelCache cache, IOptions<ClassificationOptions> options, ILogger<SpotCheckWatch> logger)
{
    /// <summary>Whether acceptance was stopped now (then the caller re-tags the ledger, so the model's accepted tags wait too).</summary>
    public async Task<bool> ReviewAsync(CancellationToken cancellationToken)
    {
        var current = await models.GetCurrentAsync(cancellationToken);
        if (current is null || current.SpotChecksFailed is not null)
        {
            return false;
        }

        var results = SpotCheckResults.Of(await labels.ListSpotChecksOfAsync(current.Version, cancellationToken), current.Version);
        if (!results.BelowTarget(options.Value.TargetPrecision))
        {
            return false;
        }

        try
        {
            await models.MarkSpotChecksFailedAsync(current, results.Describe(options.Value.TargetPrecision), cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // A promotion came first: the new model starts with its own spot checks.
            return false;
        }

        cache.Invalidate();
        LogAcceptanceStopped(logger, current.Version, results.Right, results.Checked);
        return true;
    }

    [LoggerMessage(EventId = 3022, Level = LogLevel.Warning, Message = "Model {Version} stops auto-accepting: {Right} of {Checked} spot-checked tags were right, below the target precision")]
    private static partial void LogAcceptanceStopped(ILogger logger, string version, int right, int @checked);
}
