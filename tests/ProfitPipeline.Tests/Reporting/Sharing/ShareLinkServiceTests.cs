using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Reporting.Model;
using ProfitPipeline.Reporting.Sharing;
using ProfitPipeline.Tests.Azurite;
using ProfitPipeline.Tests.Logging;
using ProfitPipeline.Tests.Reporting.Rendering;

namespace ProfitPipeline.Tests.Reporting.Sharing;

public sealed class ShareLinkServiceTests(AzuriteFixture azurite)
{
    private static readonly ShareFilter Filter = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), "segment", "Retail");

    [Fact]
    public async Task CreateThenOpen_ReturnsTheLinkAndItsFilter()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var shares = scope.Get<ShareLinkService>();

        var created = await shares.CreateAsync("customers", Filter, TimeSpan.FromDays(7), "owner@example.test", ct);
        var opened = await shares.OpenAsync(Token(created), ct);

        Assert.StartsWith("s/", created.Path, StringComparison.Ordinal);
        Assert.NotNull(opened);
        Assert.Equal(created.LinkId, opened.LinkId);
        Assert.Equal("customers", opened.ReportName);
        Assert.Equal(Filter, opened.Filter);
        Assert.Equal(scope.Time.GetUtcNow() + TimeSpan.FromDays(7), opened.ExpiresAt);
        var page = await ExecutedResult.RunAsync(await OpenPageAsync(shares, Token(created), ct));
        Assert.Equal(200, page.Status);
        ReportResultsTests.AssertSecurityHeaders(page);
    }

    [Fact]
    public async Task ExpiredRevokedTamperedAndRandomTokens_AllGetTheIdentical404()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var shares = scope.Get<ShareLinkService>();
        var expiring = await shares.CreateAsync("customers", Filter, TimeSpan.FromDays(7), "owner", ct);
        var revoked = await shares.CreateAsync("customers", Filter, TimeSpan.FromDays(7), "owner", ct);
        var valid = await shares.CreateAsync("customers", Filter, TimeSpan.FromDays(30), "owner", ct);
        await shares.RevokeAsync(revoked.LinkId, ct);

        var answers = new List<ExecutedResult>
        {
            await ExecutedResult.RunAsync(await OpenPageAsync(shares, Token(revoked), ct)),
            await ExecutedResult.RunAsync(await OpenPageAsync(shares, Tampered(Token(valid)), ct)),
            await ExecutedResult.RunAsync(await OpenPageAsync(shares, "CfDJ8" + new string('A', 120), ct)),
            await ExecutedResult.RunAsync(await OpenPageAsync(shares, "not a token!", ct)),
        };
        Assert.NotNull(await shares.OpenAsync(Token(expiring), ct));
        scope.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        answers.Add(await ExecutedResult.RunAsync(await OpenPageAsync(shares, Token(expiring), ct)));

        Assert.All(answers, a => Assert.Equal(404, a.Status));
        var first = Describe(answers[0]);
        Assert.All(answers, a => Assert.Equal(first, Describe(a)));
        Assert.NotNull(await shares.OpenAsync(Token(valid), ct));
    }

    [Fact]
    public async Task ListAndRevoke_OneByOne()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var shares = scope.Get<ShareLinkService>();
        var a = await shares.CreateAsync("customers", Filter, TimeSpan.FromDays(1), "owner", ct);
        scope.Time.Advance(TimeSpan.FromMinutes(1));
        var b = await shares.CreateAsync("segments", Filter with { Member = "Wholesale" }, TimeSpan.FromDays(2), "owner", ct);

        Assert.True(await shares.RevokeAsync(a.LinkId, ct));
        Assert.True(await shares.RevokeAsync(a.LinkId, ct));
        Assert.False(await shares.RevokeAsync("no-such-link", ct));
        var listed = await shares.ListAsync(ct);

        Assert.Equal([b.LinkId, a.LinkId], listed.Select(l => l.LinkId));
        Assert.Equal([false, true], listed.Select(l => l.Revoked));
        Assert.Equal("Wholesale", listed[0].Filter.Member);
        Assert.Null(await shares.OpenAsync(Token(a), ct));
        Assert.NotNull(await shares.OpenAsync(Token(b), ct));
    }

    [Fact]
    public async Task EveryOpen_IsAuditedByLinkId_AndNoAuditRowHoldsTheToken()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var shares = scope.Get<ShareLinkService>();
        var link = await shares.CreateAsync("customers", Filter, TimeSpan.FromDays(7), "owner", ct);

        await shares.OpenAsync(Token(link), ct);
        await shares.RevokeAsync(link.LinkId, ct);
        scope.Time.Advance(TimeSpan.FromMinutes(1));
        await shares.OpenAsync(Token(link), ct);
        await shares.OpenAsync(Tampered(Token(link)), ct);

        var audit = scope.Get<ShareAuditStore>();
        Assert.Equal(["Revoked", "Opened"], (await audit.ListAsync(link.LinkId, ct)).Select(r => r.Outcome));
        Assert.Equal(["InvalidToken"], (await audit.ListAsync(ShareAuditStore.UnknownLink, ct)).Select(r => r.Outcome));
        var table = scope.Get<StorageAccount>().Table(StorageNames.Tables.ShareAudit);
        var everything = await table.QueryAsync<TableEntity>(cancellationToken: ct).ToListAsync(ct);
        Assert.Equal(3, everything.Count);
        Assert.DoesNotContain(everything.SelectMany(e => e.Select(p => p.Key + "=" + p.Value)), v => v.Contains(Token(link)[..24], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tokens_NeverReachTheLogs_LinkIdsDo()
    {
        var ct = TestContext.Current.CancellationToken;
        var logs = new CapturingLoggerProvider();
        await using var scope = await StartAsync(ct, configure: s => s.AddSingleton<ILoggerProvider>(logs));
        var shares = scope.Get<ShareLinkService>();

        var link = await shares.CreateAsync("customers", Filter, TimeSpan.FromDays(7), "owner", ct);
        await shares.OpenAsync(Token(link), ct);
        await shares.OpenAsync(Tampered(Token(link)), ct);
        await shares.RevokeAsync(link.LinkId, ct);
        await shares.OpenAsync(Token(link), ct);

        Assert.Contains(logs.Messages, m => m.Contains(link.LinkId, StringComparison.Ordinal));
        Assert.Contains(logs.Messages, m => m.Contains("refused: Revoked", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains(Token(link)[..24], StringComparison.Ordinal) || m.Contains(Tampered(Token(link))[..24], StringComparison.Ordinal));
    }

    [Fact]
    public async Task LifetimeOver30Days_IsRejected_30DaysIsAccepted()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await StartAsync(ct);
        var shares = scope.Get<ShareLinkService>();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => shares.CreateAsync("customers", Filter, TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1), "owner", ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => shares.CreateAsync("customers", Filter, TimeSpan.Zero, "owner", ct));
        var created = await shares.CreateAsync("customers", Filter, TimeSpan.FromDays(30), "owner", ct);

        Assert.Equal([created.LinkId], (await shares.ListAsync(ct)).Select(l => l.LinkId));
    }

    [Fact]
    public async Task KeyRing_LivesInBlobStorage_AnotherProviderOpensTheLink()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var first = await StartAsync(ct);
        var created = await first.Get<ShareLinkService>().CreateAsync("customers", Filter, TimeSpan.FromDays(7), "owner", ct);
        var prefix = first.Get<IOptions<StorageOptions>>().Value.NamePrefix;

        var keyBlobs = await first.Get<FileStore>().ListAsync(StorageNames.Containers.KeyRing, ct);
        await using var second = await StartAsync(ct, new Dictionary<string, string?> { ["ProfitPipeline:Storage:NamePrefix"] = prefix });
        var opened = await second.Get<ShareLinkService>().OpenAsync(Token(created), ct);

        Assert.Single(keyBlobs);
        Assert.StartsWith("key-", keyBlobs[0], StringComparison.Ordinal);
        Assert.NotNull(opened);
        Assert.Equal(created.LinkId, opened.LinkId);
    }

    /// <summary>
    /// The time-limited protector reads the system clock (it takes no TimeProvider), so the fake clock starts at the real
    /// time; expiry tests then move the fake clock, which the stored expiry is checked against.
    /// </summary>
    private async Task<PipelineScope> StartAsync(CancellationToken ct, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var scope = await PipelineScope.StartAsync(azurite, ct, settings, configure);
        scope.Time.SetUtcNow(TimeProvider.System.GetUtcNow());
        return scope;
    }

    private static string Token(CreatedShareLink link) => link.Path["s/".Length..];

    /// <summary>Flips one character in the middle (the last character can carry only padding bits).</summary>
    private static string Tampered(string token)
    {
        var chars = token.ToCharArray();
        var i = chars.Length / 2;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        return new string(chars);
    }

    private static Task<Microsoft.AspNetCore.Http.IResult> OpenPageAsync(ShareLinkService shares, string token, CancellationToken ct) =>
        SharedReportResult.OpenAsync(shares, token, ExecutedResult.Request("?format=html"), (_, _) => Task.FromResult<ReportDocument?>(ReportSamples.Hostile()), ct);

    private static string Describe(ExecutedResult result) =>
        result.Status + "\n" + string.Join("\n", result.Headers.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => h.Key + ": " + h.Value)) + "\n" + result.Text;
}
