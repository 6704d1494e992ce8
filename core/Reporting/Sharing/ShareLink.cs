namespace ProfitPipeline.Reporting.Sharing;

/// <summary>A share link as the reporting endpoints see it. The token is not part of it: only its creator ever holds that.</summary>
internal sealed record ShareLink(
    string LinkId,
    string ReportName,
    ShareFilter Filter,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    bool Revoked,
    string CreatedBy);

/// <summary>A new link: its id (to list and revoke it) and the path to hand out, relative to <c>/api/</c>.</summary>
internal sealed record CreatedShareLink(string LinkId, string Path, DateTimeOffset ExpiresAt);
