namespace ProfitPipeline.Pipeline;

/// <summary>How a pipeline job is started. Both hosts read these; the Functions app repeats them as attribute constants.</summary>
public abstract record PipelineTrigger;

/// <summary>A new blob at <paramref name="Path"/> ("container/{name}").</summary>
public sealed record BlobTrigger(string Path) : PipelineTrigger
{
    public string Container => Path[..Path.IndexOf('/', StringComparison.Ordinal)];
}

/// <summary>A six-field NCRONTAB schedule (seconds first, UTC) read from <paramref name="ScheduleSetting"/>, defaulting to <paramref name="DefaultSchedule"/>.</summary>
public sealed record TimerTrigger(string ScheduleSetting, string DefaultSchedule) : PipelineTrigger;

/// <summary>An HTTP request on <c>/api/{Route}</c>.</summary>
public sealed record HttpTrigger(string Method, string Route, EndpointAccess Access) : PipelineTrigger;

/// <summary>Who may call an HTTP endpoint.</summary>
public enum EndpointAccess
{
    /// <summary>No key; the endpoint checks its own credential (a share-link token) or serves nothing private.</summary>
    Anonymous,

    /// <summary>Needs the function key in Azure, the API key from configuration in <c>profit serve</c>.</summary>
    Function,
}
