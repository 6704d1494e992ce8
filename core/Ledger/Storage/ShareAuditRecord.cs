namespace ProfitPipeline.Ledger.Storage;

/// <summary>One attempt to open a share link: which link (null when the token named none), when, and the outcome. Never the token.</summary>
internal sealed record ShareAuditRecord(string? LinkId, DateTimeOffset At, string Outcome);
