using System.Globalization;
using Microsoft.Extensions.Logging;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Classification.Jobs;

/// <summary>
/// The blob job behind <c>POST /api/models/retrain</c>: runs the requested retrain and records what it did. A retrain that
/// another one overtook (it promoted first) is a failure of this request, said in its state, and not retried; after any other
/// failure the request is queued again, saying so, and the failure is thrown, so the host retries it, until its
/// <see cref="RetrainRequest.MaxTries"/>th try fails: then it is failed, so that its requester is told rather than left reading "queued".
/// While a try runs, a <see cref="RetrainHeartbeat"/> records that it still runs; a request delivered again after its last try was
/// stopped mid-run is failed without another.
/// </summary>
internal sealed partial class RunRetrainJob(RetrainRequestStore requests, ModelRefresh refresh, TimeProvider time, ILogger<RunRetrainJob> logger) : IBlobJob
{
    /// <summary>Said of a request another retrain overtook: it promoted a model while this one ran.</summary>
    internal const string OvertakenProblem = "Another retrain promoted a model while this one ran; retrain again to compare with it.";

    /// <summary>Said of a request whose last try failed for a reason that may pass (storage unavailable, say): it runs again.</summary>
    internal const string RetriedProblem = "The last try failed; the retrain is tried again.";

    /// <summary>Said of a request whose every try failed for a reason that did not pass.</summary>
    internal static readonly string GaveUpProblem = string.Create(
        CultureInfo.InvariantCulture,
        $"Each of {RetrainRequest.MaxTries} tries failed (the host's log says why); the retrain was given up. Retrain again once storage answers.");

    public async Task RunAsync(string blobName, CancellationToken cancellationToken)
    {
        var id = RetrainRequestStore.IdOf(blobName);
        var request = id is null ? null : await requests.GetAsync(id, cancellationToken);
        if (request is null || request.State is RetrainRequestState.Done or RetrainRequestState.Failed)
        {
            // Not a request, or one that has run already (a second delivery): nothing to do but clear the trigger.
            Ignored(logger);
            await requests.RemoveTriggerAsync(blobName, cancellationToken);
            return;
        }

        if (request.Tries >= RetrainRequest.MaxTries)
        {
            // Every try was stopped mid-run (Azure's functionTimeout, restarts): Azure would not deliver it again, so neither host tries.
            GaveUpStopped(logger, request.Tries);
            await requests.SaveAsync(request with { State = RetrainRequestState.Failed, FinishedAt = time.GetUtcNow(), Problem = RetrainRequest.StoppedEachTryProblem }, cancellationToken);
            await requests.RemoveTriggerAsync(blobName, cancellationToken);
            return;
        }

        var running = request with { State = RetrainRequestState.Running, StartedAt = time.GetUtcNow(), AliveAt = null, Problem = null, Tries = request.Tries + 1 };
        await requests.SaveAsync(running, cancellationToken);
        try
        {
            RetrainOutcome outcome;
            await using (RetrainHeartbeat.Start(requests, running, time, logger, cancellationToken))
            {
                outcome = await refresh.RunAsync(cancellationToken);
            }

            await requests.SaveAsync(running with { State = RetrainRequestState.Done, FinishedAt = time.GetUtcNow(), Outcome = outcome }, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            await requests.SaveAsync(running with { State = RetrainRequestState.Failed, FinishedAt = time.GetUtcNow(), Problem = OvertakenProblem }, cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested && running.Tries < RetrainRequest.MaxTries)
        {
            await requests.SaveAsync(running with { State = RetrainRequestState.Queued, Problem = RetriedProblem }, CancellationToken.None);
            throw;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The last try: record the failure and clear the trigger, so neither host tries again unasked.
            GaveUp(logger, running.Tries, exception);
            await requests.SaveAsync(running with { State = RetrainRequestState.Failed, FinishedAt = time.GetUtcNow(), Problem = GaveUpProblem }, CancellationToken.None);
        }

        await requests.RemoveTriggerAsync(blobName, cancellationToken);
    }

    [LoggerMessage(EventId = 3031, Level = LogLevel.Error, Message = "A requested retrain failed on each of its {Tries} tries and was given up")]
    private static partial void GaveUp(ILogger logger, int tries, Exception exception);

    [LoggerMessage(EventId = 3033, Level = LogLevel.Error, Message = "A requested retrain was stopped before it finished on each of its {Tries} tries and was given up")]
    private static partial void GaveUpStopped(ILogger logger, int tries);

    [LoggerMessage(EventId = 3030, Level = LogLevel.Information, Message = "A retrain trigger with nothing to run was cleared")]
    private static partial void Ignored(ILogger logger);
}
