using System.Globalization;
using ProfitPipeline.Classification.Rules;

namespace ProfitPipeline.Cli.Commands;

/// <summary>How <c>profit rules add --dry-run</c> shows what saving a rule would change.</summary>
internal static class RulePreviewText
{
    public static IEnumerable<string> Lines(RulePreview preview, string conditions)
    {
        var r = preview.Rule;
        yield return $"Dry run: rule {r.Id} ({conditions} → {Sets(r)}) {(preview.Replaces ? "would replace the saved rule of that id" : "is new")}.";
        yield return preview.Matching == 0
            ? "It matches no ledger row."
            : string.Create(CultureInfo.InvariantCulture, $"It matches {Rows(preview.Matching)}: {preview.Changing} would change, {preview.AlreadySo} carry its tags already, {preview.KeptByPerson} keep a person's tag (never overwritten), {preview.TakenByEarlierRule} keep the tag of a rule that runs first.");
        if (preview.OtherRowsChanging > 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{Rows(preview.OtherRowsChanging)} it does not match would change too (its saved version tagged them, or they follow an invoice or bill it tags).");
        }

        foreach (var row in preview.Rows)
        {
            var changes = string.Join("; ", row.Changes.Select(c => $"{c.Tag} {ReviewCommand.Shown(c.Before)} → {ReviewCommand.Shown(c.After)}"));
            yield return string.Create(CultureInfo.InvariantCulture, $"  {row.TransactionId}  {row.BookingDate:yyyy-MM-dd} {row.Amount,12:0.00} {row.Currency}  {row.Counterparty}  {changes}");
        }

        if (preview.AllChanging > preview.Rows.Count)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  and {Rows(preview.AllChanging - preview.Rows.Count)} more (with --json, up to 5,000 are listed).");
        }

        yield return "Nothing saved: run it again without --dry-run to save the rule.";
    }

    private static string Rows(int count) => count == 1 ? "1 row" : string.Create(CultureInfo.InvariantCulture, $"{count} rows");

    private static string Sets(TaggingRule rule) =>
        string.Join(", ", new[] { ("category", rule.Category), ("customer", rule.Customer), ("project", rule.Project) }
            .Where(p => p.Item2 is not null)
            .Select(p => $"{p.Item1}={p.Item2}"));
}
