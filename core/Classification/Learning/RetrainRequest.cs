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
    private const string IdTime = "yyyyMMdd'T'HHmmssfff'Z'";

    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>How many times a host has started it: a retry after a failure, or a redelivery after a host stopped mid-run.</summary>
    public int Tries { get; init; }

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

    /// <summary>Whether <paramref name="id"/> has the form <see cref="Queue"/> gives, so that no other text becomes a blob name.</summary>
    public static bool IsId(string? id) => RequestedAtOf(id) is not null;
}
