using ProfitPipeline.Reporting.Digest;

namespace ProfitPipeline.Tests.Reporting.Digest;

public sealed class DigestRendererTests
{
    [Fact]
    public void Text_ListsEverySection_AndCannotBeGivenFakeLines()
    {
        var text = DigestRenderer.RenderText(DigestSamples.Busy());

        Assert.StartsWith("Margin digest 2026-W47 (week of 2026-11-16)\n", text, StringComparison.Ordinal);
        Assert.Contains("- Acme <b>Ltd</b>: 30.0 % -> 18.0 % (-12.0 pt)", text, StringComparison.Ordinal);
        Assert.Contains("- Beta FAKE LINE: 10.0 % -> 15.0 % (+5.0 pt)", text, StringComparison.Ordinal);
        Assert.Contains("- [critical] Refunds doubled (transactions: tx-1, tx-2)", text, StringComparison.Ordinal);
        Assert.Contains("- Gamma & Co: 45 days late, 1,250.50 EUR outstanding", text, StringComparison.Ordinal);
        Assert.Contains("- Retail: revenue 10,000.00 EUR, margin 22.0 %", text, StringComparison.Ordinal);
        Assert.Contains("Tags waiting for review: 7, under 3 payees or texts (one remembered answer each: profit review payees)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_EncodesNames_AndHasNoScript()
    {
        var html = DigestRenderer.RenderHtml(DigestSamples.Busy());

        Assert.Contains("Acme &lt;b&gt;Ltd&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Gamma &amp; Co", html, StringComparison.Ordinal);
        Assert.Contains("<code>tx-2</code>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<title>Margin digest 2026-W47</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingNew_SaysSoInEveryForm()
    {
        var quiet = MarginDigest.NoNewData(new IsoWeek(2026, 1));

        Assert.False(quiet.HasNewData);
        Assert.EndsWith("No new data this week.\n", DigestRenderer.RenderText(quiet), StringComparison.Ordinal);
        Assert.Contains("<p class=\"empty\">No new data this week.</p>", DigestRenderer.RenderHtml(quiet), StringComparison.Ordinal);
        Assert.Equal("ProfitPipeline Margin digest 2026-W01: no new data this week.", DigestRenderer.Summary(quiet));
    }

    [Fact]
    public void Summary_CountsWithoutNamingAnyone()
    {
        var summary = DigestRenderer.Summary(DigestSamples.Busy());

        Assert.Equal("ProfitPipeline Margin digest 2026-W47: 2 margin movers, 1 new flag, 1 new late payer, 1 segment, 7 tags waiting for review (3 payees or texts).", summary);
        Assert.DoesNotContain("Acme", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void TaggingModelStoppedBySpotChecks_SaidInEveryForm()
    {
        var digest = new MarginDigest(new IsoWeek(2026, 47)) { TaggingModelStopped = "1 of 4 spot-checked tags right; a run of 3 answers had 3 wrong" };

        Assert.True(digest.HasNewData);
        Assert.Equal("ProfitPipeline Margin digest 2026-W47: tagging model stopped by its spot checks.", DigestRenderer.Summary(digest));
        Assert.Contains(
            "Tagging model: stopped auto-accepting, its spot checks showed its accepted tags below the target (1 of 4 spot-checked tags right; a run of 3 answers had 3 wrong); its tags wait for review until a retrain promotes another model",
            DigestRenderer.RenderText(digest),
            StringComparison.Ordinal);
        Assert.Contains("<h2>Review</h2><p><strong>Tagging model:</strong> stopped auto-accepting", DigestRenderer.RenderHtml(digest), StringComparison.Ordinal);
        Assert.DoesNotContain("Tagging model", DigestRenderer.RenderText(DigestSamples.Busy()), StringComparison.Ordinal);
    }

    [Fact]
    public void RowsNothingTagged_SaidInEveryFormWithHowToAnswerThem()
    {
        var digest = new MarginDigest(new IsoWeek(2026, 47)) { UntaggedRows = 41 };

        Assert.True(digest.HasNewData);
        Assert.Equal("ProfitPipeline Margin digest 2026-W47: 41 rows not tagged.", DigestRenderer.Summary(digest));
        Assert.Contains(
            "41 rows not tagged with a category yet: answer them in a review sheet (profit review export, then import); with no model yet, the answers train the first one.\n",
            DigestRenderer.RenderText(digest),
            StringComparison.Ordinal);
        Assert.Contains("<h2>Review</h2><p>41 rows not tagged with a category yet", DigestRenderer.RenderHtml(digest), StringComparison.Ordinal);
        Assert.DoesNotContain("not tagged", DigestRenderer.RenderText(DigestSamples.Busy()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 11, 23, 2026, 47)]
    [InlineData(2027, 1, 4, 2026, 53)]
    [InlineData(2026, 1, 5, 2026, 1)]
    [InlineData(2026, 1, 1, 2025, 52)]
    public void LastCompleteWeek_IsTheIsoWeekBefore(int year, int month, int day, int isoYear, int isoWeek)
    {
        var week = IsoWeek.LastCompleteBefore(new DateTimeOffset(year, month, day, 7, 0, 0, TimeSpan.Zero));

        Assert.Equal(new IsoWeek(isoYear, isoWeek), week);
    }
}
