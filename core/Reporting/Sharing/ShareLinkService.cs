using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Reporting.Sharing;

/// <summary>
/// Creates, lists, revokes and opens share links. The token is the link id protected by Data Protection's time-limited
/// protector (authenticated encryption with the key ring in blob storage), so it cannot be forged or altered. The protector
/// checks its expiry against the system clock and cannot take a <see cref="TimeProvider"/>, so the expiry is also stored with
/// the link and checked against the injected clock: either check refuses an expired link.
/// </summary>
internal sealed class ShareLinkService(
    IDataProtectionProvider protection,
    ShareLinkStore links,
    ShareAuditStore audit,
    TimeProvider time,
    ILogger<ShareLinkService> logger)
{
    public const string Purpose = "ProfitPipeline.ShareLinks.v1";
    public const string PathPrefix = "s/";
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(30);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public async Task<CreatedShareLink> CreateAsync(string reportName, ShareFilter filter, TimeSpan validFor, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reportName);
        ArgumentNullException.ThrowIfNull(filter);
        if (validFor <= TimeSpan.Zero || validFor > MaxLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(validFor), validFor, "A share link lives more than zero and at most 30 days.");
        }

        var now = time.GetUtcNow();
        var expiresAt = now + validFor;
        var linkId = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var filterJson = JsonSerializer.Serialize(filter, StoredJson.Options);
        await links.AddAsync(new ShareLinkRecord(linkId, reportName, filterJson, now, expiresAt, Revoked: false, createdBy, ETag: string.Empty), cancellationToken);
        var token = _protector.Protect(linkId, expiresAt);
        SharingLog.Created(logger, linkId, reportName, expiresAt);
        return new CreatedShareLink(linkId, PathPrefix + token, expiresAt);
    }

    public async Task<IReadOnlyList<ShareLink>> ListAsync(CancellationToken cancellationToken) =>
        (await links.ListAsync(cancellationToken)).Select(ToLink).ToList();

    /// <summary>Revokes one link; false if there is no such link.</summary>
    public async Task<bool> RevokeAsync(string linkId, CancellationToken cancellationToken)
    {
        var revoked = await links.RevokeAsync(linkId, cancellationToken);
        if (revoked)
        {
            SharingLog.Revoked(logger, linkId);
        }

        return revoked;
    }

    /// <summary>
    /// The link a token opens, or null when it opens nothing (invalid, tampered, unknown, revoked or expired: the caller must
    /// not tell these apart). Every attempt is audited under the link id, never the token.
    /// </summary>
    public async Task<ShareLink?> OpenAsync(string token, CancellationToken cancellationToken)
    {
        var linkId = Unprotect(token);
        var record = linkId is null ? null : await links.GetAsync(linkId, cancellationToken);
        var outcome = linkId is null ? ShareOpenOutcome.InvalidToken
            : record is null ? ShareOpenOutcome.UnknownLink
            : record.Revoked ? ShareOpenOutcome.Revoked
            : record.ExpiresAt <= time.GetUtcNow() ? ShareOpenOutcome.Expired
            : ShareOpenOutcome.Opened;
        await audit.AppendAsync(new ShareAuditRecord(linkId, time.GetUtcNow(), outcome.ToString()), cancellationToken);
        if (outcome != ShareOpenOutcome.Opened)
        {
            SharingLog.Refused(logger, linkId ?? ShareAuditStore.UnknownLink, outcome);
            return null;
        }

        SharingLog.Opened(logger, linkId!);
        return ToLink(record!);
    }

    private string? Unprotect(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(token, out _);
        }
        catch (CryptographicException)
        {
            // Tampered, issued by another key ring, or past the protector's expiry.
            return null;
        }
        catch (FormatException)
        {
            // Not even base64url.
            return null;
        }
    }

    private static ShareLink ToLink(ShareLinkRecord r) => new(
        r.LinkId,
        r.ReportName,
        JsonSerializer.Deserialize<ShareFilter>(r.FilterJson, StoredJson.Options) ?? new ShareFilter(),
        r.CreatedAt,
        r.ExpiresAt,
        r.Revoked,
        r.CreatedBy);
}
