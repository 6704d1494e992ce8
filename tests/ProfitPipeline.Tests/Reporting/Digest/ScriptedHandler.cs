using System.Net;

namespace ProfitPipeline.Tests.Reporting.Digest;

/// <summary>An HTTP handler that answers from a script (no network) and records when each request came, by <see cref="Clock"/>.</summary>
internal sealed class ScriptedHandler(params HttpStatusCode[] script) : HttpMessageHandler
{
    /// <summary>In a script: never answer (until the caller gives up).</summary>
    public const HttpStatusCode Hang = 0;

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    private readonly Queue<HttpStatusCode> _script = new(script);
    private readonly List<(DateTimeOffset At, string Body)> _requests = [];

    public IReadOnlyList<(DateTimeOffset At, string Body)> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        HttpStatusCode status;
        lock (_requests)
        {
            _requests.Add((Clock.GetUtcNow(), body));
            status = _script.Count > 0 ? _script.Dequeue() : HttpStatusCode.OK;
        }

        if (status == Hang)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }

        return new HttpResponseMessage(status) { RequestMessage = request };
    }
}
