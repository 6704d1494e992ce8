using Microsoft.Extensions.Logging;

namespace ProfitPipeline.Reporting.Sharing;

/// <summary>Share-link log events: link ids and outcomes only; a token would be a credential in the log.</summary>
internal static partial class SharingLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "Share link {LinkId} created for report {ReportName}, expires {ExpiresAt}")]
    public static partial void Created(ILogger logger, string linkId, string reportName, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Share link {LinkId} opened")]
    public static partial void Opened(ILogger logger, string linkId);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Share link {LinkId} refused: {Outcome}")]
    public static partial void Refused(ILogger logger, string linkId, ShareOpenOutcome outcome);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Share link {LinkId} revoked")]
    public static partial void Revoked(ILogger logger, string linkId);
}
