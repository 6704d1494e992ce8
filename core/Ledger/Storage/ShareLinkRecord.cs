namespace ProfitPipeline.Ledger.Storage;

/// <summary>A share link's row: which report, with which filter (JSON), for how long, by whom; <see cref="ETag"/> guards revocation.</summary>
internal sealed record ShareLinkRecord(
    string LinkId,
    string ReportName,
    string FilterJson,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    bool Revoked,
    string CreatedBy,
    string ETag);
