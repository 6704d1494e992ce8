using System.Globalization;
using System.Text;
using ProfitPipeline.Reporting.Html;
using ProfitPipeline.Reporting.Rendering;

namespace ProfitPipeline.Reporting.Digest;

/// <summary>
/// The digest as a page (same hashed style and CSP as reports, every value encoded), as plain text (control characters
/// removed, so a name cannot forge lines), and as a one-line summary for chat webhooks that names no customer.
/// </summary>
internal static class DigestRenderer
{
    public const string NoNewDataText = "No new data this week.";

    /// <summary>", under 10 payees or texts (one remembered answer each: profit review payees)"; empty when none is rememberable.</summary>
    private static string UnderPayees(MarginDigest digest) =>
        digest.PayeesAwaitingReview == 0
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $", under {digest.PayeesAwaitingReview} {(digest.PayeesAwaitingReview == 1 ? "payee or text" : "payees or texts")} (one remembered answer each: profit review payees)");

    /// <summary>The line about rows nothing has tagged; empty when there are none.</summary>
    private static string UntaggedText(MarginDigest digest) =>
        digest.UntaggedRows == 0
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"{digest.UntaggedRows} {(digest.UntaggedRows == 1 ? "row" : "rows")} not tagged with a category yet: answer them in a review sheet (profit review export, then import); with no model yet, the answers train the first one.");

    private static string StoppedText(string spotChecks) =>
        $"stopped auto-accepting, its spot checks showed its accepted tags below the target ({spotChecks}); its tags wait for review until a retrain promotes another model (profit retrain, or POST /api/models/retrain).";

    public static string Title(MarginDigest digest) => "Margin digest " + digest.Week;

    public static string Summary(MarginDigest digest)
    {
        if (!digest.HasNewData)
        {
            return $"ProfitPipeline {Title(digest)}: no new data this week.";
        }

        var parts = new List<string>();
        Count(parts, digest.TopMovers.Count, "margin mover", "margin movers");
        Count(parts, digest.NewFlags.Count, "new flag", "new flags");
        Count(parts, digest.NewLatePayers.Count, "new late payer", "new late payers");
        Count(parts, digest.SegmentSummary.Count, "segment", "segments");
        Count(parts, digest.TagsAwaitingReview, "tag waiting for review", "tags waiting for review");
        if (digest.TagsAwaitingReview > 0 && digest.PayeesAwaitingReview > 0)
        {
            parts[^1] += string.Create(CultureInfo.InvariantCulture, $" ({digest.PayeesAwaitingReview} {(digest.PayeesAwaitingReview == 1 ? "payee or text" : "payees or texts")})");
        }
        Count(parts, digest.UntaggedRows, "row not tagged", "rows not tagged");
        if (digest.TaggingModelStopped is not null)
        {
            parts.Add("tagging model stopped by its spot checks");
        }

        return $"ProfitPipeline {Title(digest)}: {string.Join(", ", parts)}.";
    }

    public static string RenderText(MarginDigest digest)
    {
        var text = new StringBuilder();
        text.Append(Title(digest)).Append(" (week of ").Append(digest.Week.Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(")\n\n");
        if (!digest.HasNewData)
        {
            return text.Append(NoNewDataText).Append('\n').ToString();
        }

        Section(text, "Top margin movers", digest.TopMovers, m =>
            $"{Clean(m.Name)}: {ReportValueFormatting.Percent(m.PreviousMargin)} -> {ReportValueFormatting.Percent(m.CurrentMargin)} ({Signed(m.Change)})");
        Section(text, "New flags", digest.NewFlags, f =>
            $"[{Clean(f.Severity)}] {Clean(f.Text)}" + (f.TransactionIds.Count > 0 ? $" (transactions: {string.Join(", ", f.TransactionIds.Select(Clean))})" : string.Empty));
        Section(text, "New late payers", digest.NewLatePayers, p =>
            string.Create(CultureInfo.InvariantCulture, $"{Clean(p.Customer)}: {p.DaysLate} days late, {ReportValueFormatting.Money(p.Outstanding.Amount, p.Outstanding.Currency.Value)} outstanding"));
        Section(text, "Segments", digest.SegmentSummary, s =>
            $"{Clean(s.Segment)}: revenue {ReportValueFormatting.Money(s.Revenue.Amount, s.Revenue.Currency.Value)}, margin {ReportValueFormatting.Percent(s.Margin)}");
        if (digest.TagsAwaitingReview > 0)
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $"Tags waiting for review: {digest.TagsAwaitingReview}{UnderPayees(digest)}\n"));
        }

        if (digest.UntaggedRows > 0)
        {
            text.Append(UntaggedText(digest)).Append('\n');
        }

        if (digest.TaggingModelStopped is { } stopped)
        {
            text.Append("Tagging model: ").Append(StoppedText(stopped)).Append('\n');
        }

        return text.ToString();
    }

    public static string RenderHtml(MarginDigest digest)
    {
        var html = new HtmlOutput();
        html.Markup("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"referrer\" content=\"no-referrer\"><title>")
            .Text(Title(digest)).Markup("</title><style>").Markup(ReportStyle.Css).Markup("</style></head><body><header><h1>").Text(Title(digest))
            .Markup("</h1><p class=\"meta\">Week of ").Text(digest.Week.Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Markup("</p></header><main>");
        if (!digest.HasNewData)
        {
            html.Markup("<p class=\"empty\">").Text(NoNewDataText).Markup("</p>");
        }
        else
        {
            List(html, "Top margin movers", digest.TopMovers, (h, m) => h.Text(m.Name).Markup(": ").Text(ReportValueFormatting.Percent(m.PreviousMargin))
                .Markup(" &rarr; ").Text(ReportValueFormatting.Percent(m.CurrentMargin)).Markup(" (").Text(Signed(m.Change)).Markup(")"));
            List(html, "New flags", digest.NewFlags, (h, f) =>
            {
                h.Markup("<span class=\"sev sev-").Text(f.Severity).Markup("\">").Text(f.Severity).Markup("</span> ").Text(f.Text);
                foreach (var id in f.TransactionIds)
                {
                    h.Markup(" <code>").Text(id).Markup("</code>");
                }
            });
            List(html, "New late payers", digest.NewLatePayers, (h, p) => h.Text(p.Customer).Markup(": ")
                .Text(string.Create(CultureInfo.InvariantCulture, $"{p.DaysLate} days late, {ReportValueFormatting.Money(p.Outstanding.Amount, p.Outstanding.Currency.Value)} outstanding")));
            List(html, "Segments", digest.SegmentSummary, (h, s) => h.Text(s.Segment).Markup(": revenue ")
                .Text(ReportValueFormatting.Money(s.Revenue.Amount, s.Revenue.Currency.Value)).Markup(", margin ").Text(ReportValueFormatting.Percent(s.Margin)));
            if (digest.TagsAwaitingReview > 0 || digest.UntaggedRows > 0 || digest.TaggingModelStopped is not null)
            {
                html.Markup("<h2>Review</h2>");
            }

            if (digest.UntaggedRows > 0)
            {
                html.Markup("<p>").Text(UntaggedText(digest)).Markup("</p>");
            }

            if (digest.TagsAwaitingReview > 0)
            {
                html.Markup("<p>").Text(digest.TagsAwaitingReview.ToString(CultureInfo.InvariantCulture)).Markup(" tags waiting for review").Text(UnderPayees(digest)).Markup(".</p>");
            }

            if (digest.TaggingModelStopped is { } stopped)
            {
                html.Markup("<p><strong>Tagging model:</strong> ").Text(StoppedText(stopped)).Markup("</p>");
            }
        }

        return html.Markup("</main></body></html>").ToString();
    }

    private static void List<T>(HtmlOutput html, string title, IReadOnlyList<T> items, Action<HtmlOutput, T> item)
    {
        if (items.Count == 0)
        {
            return;
        }

        html.Markup("<h2>").Text(title).Markup("</h2><ul class=\"flags\">");
        foreach (var entry in items)
        {
            html.Markup("<li>");
            item(html, entry);
            html.Markup("</li>");
        }

        html.Markup("</ul>");
    }

    private static void Section<T>(StringBuilder text, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0)
        {
            return;
        }

        text.Append(title).Append('\n');
        foreach (var item in items)
        {
            text.Append("- ").Append(line(item)).Append('\n');
        }

        text.Append('\n');
    }

    private static void Count(List<string> parts, int count, string one, string many)
    {
        if (count > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}"));
        }
    }

    private static string Signed(decimal change) =>
        (change > 0 ? "+" : string.Empty) + (change * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " pt";

    private static string Clean(string value) =>
        string.Create(value.Length, value, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
}
