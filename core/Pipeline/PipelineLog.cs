using Microsoft.Extensions.Logging;

namespace ProfitPipeline.Pipeline;

internal static partial class PipelineLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Error, Message = "Blob job {JobName} failed; it is retried on the next poll")]
    public static partial void BlobJobFailed(ILogger logger, Exception exception, string jobName);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "Scheduled job {JobName} failed; it runs again at its next occurrence")]
    public static partial void ScheduledJobFailed(ILogger logger, Exception exception, string jobName);
}
