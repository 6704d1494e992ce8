using Microsoft.Extensions.Logging;

namespace ProfitPipeline.Ingestion;

/// <summary>Ingestion's structured log events. They carry ids, formats, counts and reasons; never row contents or names.</summary>
internal static partial class IngestionLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Import {ImportId} ({Format}): {Transactions} new, {Duplicates} duplicate, {Rejected} rejected")]
    public static partial void Imported(ILogger logger, string importId, string format, int transactions, int duplicates, int rejected);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "File quarantined: {Reason}")]
    public static partial void Quarantined(ILogger logger, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Import {ImportId} was complete already; nothing changed")]
    public static partial void AlreadyImported(ILogger logger, string importId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Import {ImportId} had a stale claim from {ClaimedAt}; taking it over")]
    public static partial void Reclaimed(ILogger logger, string importId, DateTimeOffset claimedAt);
}
