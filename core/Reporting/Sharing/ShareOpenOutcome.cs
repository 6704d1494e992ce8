namespace ProfitPipeline.Reporting.Sharing;

/// <summary>What happened when a share token was presented; audited and logged, never shown to the caller.</summary>
internal enum ShareOpenOutcome
{
    Opened,

    /// <summary>Not a token this application issued, altered, or past the protector's own expiry.</summary>
    InvalidToken,
    UnknownLink,
    Revoked,
    Expired,
}
