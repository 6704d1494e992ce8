using Microsoft.Extensions.Logging;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification.Jobs;

/// <summary>
/// Records, every <see cref="RetrainRequest.BeatEvery"/> while a try runs, that it still runs (<see cref="RetrainRequest.AliveAt"/>),
/// so that a status read can tell a long try from one whose host stopped: a stopped host writes nothing, however it stopped.
/// Disposing it stops the beats and waits for the last one, so none lands after the try's own end is recorded.
/// </summary>
internal sealed partial class RetrainHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _beats;

    private RetrainHeartbeat(RetrainRequestStore requests, RetrainRequest running, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _beats = BeatAsync(requests, running, time, logger, _stop.Token, cancellationToken);
    }

    public static RetrainHeartbeat Start(RetrainRequestStore requests, RetrainRequest running, TimeProvider time, ILogger logger, CancellationToken cancellationToken) =>
        new(requests, running, time, logger, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _beats;
        _stop.Dispose();
    }

    /// <param name="stop">Ends the beats: only the wait for the next one, never a write under way, which could land after the try's end.</param>
    /// <param name="cancellationToken">The host stopping, for the writes.</param>
    private static async Task BeatAsync(RetrainRequestStore requests, RetrainRequest running, TimeProvider time, ILogger logger, CancellationToken stop, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(RetrainRequest.BeatEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    await requests.SaveAsync(running with { AliveAt = time.GetUtcNow() }, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A missed beat is not a failed retrain: the try goes on, and the next beat may land.
                    BeatMissed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The try ended, or its host is stopping (stop is linked to it): no more beats.
        }
    }

    [LoggerMessage(EventId = 3032, Level = LogLevel.Warning, Message = "A running retrain could not record that it still runs")]
    private static partial void BeatMissed(ILogger logger, Exception exception);
}
