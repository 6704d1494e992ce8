using System.Globalization;
using System.Security.Cryptography;

namespace ProfitPipeline.Classification.Learning;

/// <summary>Where a retrain asked for over HTTP stands.</summary>
internal enum RetrainRequestState
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>
/// A retrain asked for over HTTP. It runs in a blob-triggered job, not in the request: training on tens of thousands of
/// labels takes minutes, and in Azure an HTTP request ends after 230 s while a blob-triggered function may run for
/// <c>functionTimeout</c> (host.json).
/// </summary>
/// <param name="Id">Sorts by when it was asked for: <c>yyyyMMddTHHmmssfffZ</c> and 8 random hex digits.</param>
internal sealed record RetrainRequest(string Id, RetrainRequestState State, DateTimeOffset RequestedAt)
{
    /// <summary>
    /// Tries before a request is given up: host.json's <c>poisonBlobThreshold</c>, after which Azure stops delivering the
    /// trigger (<c>profit serve</c> would otherwise try at every poll).
    /// </summary>
    public const int MaxTries = 5;

    /// <summary>
    /// How long a request may wait for its first try before its state says nothing runs it. Both hosts start it within
    /// seconds (Event Grid's delivery, the poller's 5 s), so a wait this long is a host that does not run the job.
    /// </summary>
    public static readonly TimeSpan NeverStartedAfter = TimeSpan.FromMinutes(15);

    /// <summary>How often a running try records that it still runs (<see cref="AliveAt"/>).</summary>
    public static readonly TimeSpan BeatEvery = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a running try may go unheard before its state says its host stopped it: five missed beats, so that a host
    /// busy training (two cores, every thread fitting) is not taken for a stopped one.
    /// </summary>
    public static readonly TimeSpan StoppedAfter = 5 * BeatEvery;

    /// <summary>Said of a request that has waited longer than <see cref="NeverStartedAfter"/> for its first try.</summary>
    public static readonly string NeverStartedProblem = string.Create(
        CultureInfo.InvariantCulture,
        $"Not started {NeverStartedAfter.TotalMinutes} minutes after it was asked for: {NothingRunsIt}");

    private const string IdTime = "yyyyMMdd'T'HHmmssfff'Z'";

    private const string NothingRunsIt =
        "no host runs the RunRetrain function on the retrain-requests container (in Azure, its Event Grid subscription is missing: docs/deploy.md, phase 2).";

    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>How many times a host has started it: a retry after a failure, or a redelivery after a host stopped mid-run.</summary>
    public int Tries { get; init; }

    /// <summary>When its running try last recorded that it still runs, every <see cref="BeatEvery"/>.</summary>
    public DateTimeOffset? AliveAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>What the retrain did, once done.</summary>
    public RetrainOutcome? Outcome { get; init; }

    /// <summary>Why it failed, or why it is queued again, in words for its requester (never an exception's text).</summary>
    public string? Problem { get; init; }

    public static RetrainRequest Queue(DateTimeOffset now) =>
        new(now.UtcDateTime.ToString(IdTime, CultureInfo.InvariantCulture) + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)), RetrainRequestState.Queued, now);

    /// <summary>When the request with <paramref name="id"/> was asked for, to the millisecond; null when it is no id.</summary>
    public static DateTimeOffset? RequestedAtOf(string? id) =>
        id is { Length: 27 }
        && id[19..].All(char.IsAsciiHexDigitLower)
        && DateTimeOffset.TryParseExact(id[..19], IdTime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;

    /// <summary>Said of a request whose every try stopped before it finished; the job fails it rather than start a try more.</summary>
    public static readonly string StoppedEachTryProblem = string.Create(
        CultureInfo.InvariantCulture,
        $"Each of {MaxTries} tries stopped before it finished (its host stopped or restarted; in Azure, a try longer than host.json's functionTimeout is stopped); the retrain was given up. Retrain again.");

    /// <summary>
    /// Said of a running try not heard of for <see cref="StoppedAfter"/>: its host stopped without a word (a stopped try cannot
    /// record its end), and the request runs again when a host next delivers it, unless that was the last try.
    /// </summary>
    public static string StoppedProblem(int tries) => string.Create(
        CultureInfo.InvariantCulture,
        $"Try {tries} of {MaxTries} has not been heard of for {StoppedAfter.TotalMinutes} minutes, so its host stopped it (a restart, or in Azure a try longer than host.json's functionTimeout); {(tries < MaxTries ? "it runs again when a host next picks it up (Azure at once, profit serve when it starts again)" : "it was the last try: retrain again")}.");

    /// <summary>
    /// The request as its requester should read it at <paramref name="now"/>: what the stored state cannot say of itself (no
    /// host started it, or its host stopped its try) in its problem. Only the answer says it; the stored state is not rewritten.
    /// </summary>
    public RetrainRequest AsSeenAt(DateTimeOffset now) => this switch
    {
        { State: RetrainRequestState.Queued, Tries: 0 } when now - RequestedAt > NeverStartedAfter => this with { Problem = NeverStartedProblem },
        { State: RetrainRequestState.Running, StartedAt: { } started } when now - (AliveAt ?? started) > StoppedAfter => this with { Problem = StoppedProblem(Tries) },
        _ => this,
    };

    /// <summary>Whether <paramref name="id"/> has the form <see cref="Queue"/> gives, so that no other text becomes a blob name.</summary>
    public static bool IsId(string? id) => RequestedAtOf(id) is not null;
}
