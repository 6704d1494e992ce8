using Microsoft.Extensions.Logging;

namespace ProfitPipeline.Reporting.Digest;

/// <summary>Digest log events: the week and outcomes; never the webhook URL (it is a credential) nor digest content.</summary>
internal static partial class DigestLog
{
    [LoggerMessage(EventId = 6100, Level = LogLevel.Information, Message = "Digest {Week} stored")]
    public static partial void Stored(ILogger logger, string week);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Digest {Week} posted to the webhook")]
    public static partial void Posted(ILogger logger, string week);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Warning, Message = "Digest {Week} webhook failed after retries with status {Status}")]
    public static partial void PostFailed(ILogger logger, string week, int status);

    // The exception itself is not logged: its message can carry the webhook's address.
    [LoggerMessage(EventId = 6103, Level = LogLevel.Warning, Message = "Digest {Week} webhook failed after retries: {ErrorType}")]
    public static partial void PostError(ILogger logger, string week, string errorType);
}
