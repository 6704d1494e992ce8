using System.Globalization;
using ProfitPipeline.Classification.Evaluation;

namespace ProfitPipeline.Cli.Commands;

/// <summary>
/// Where a macro-F1 gap between the picked classifier and the linear SVM anchor comes from, as text: the labels most behind
/// and most ahead, and the labels a model predicts that no test row carries. Each model's macro-F1 averages over the labels
/// true or predicted by it, so such a label adds a zero to one average and not to the other: a gap the per-label F1s do not show.
/// </summary>
internal static class LabelGapsText
{
    public static string Render(IReadOnlyList<LabelComparison> labels, int shown)
    {
        string Line(LabelComparison c) =>
            string.Create(CultureInfo.InvariantCulture, $"    {c.Label}: F1 {c.PickedF1:0.###} vs {c.LinearSvmF1:0.###} ({c.TestRows} test {(c.TestRows == 1 ? "row" : "rows")}; predicted {c.PickedPredictions} vs {c.LinearSvmPredictions} times)");
        string[] behind = [.. labels.Where(c => c.Gap < 0).OrderBy(c => c.Gap).ThenBy(c => c.Label, StringComparer.Ordinal).Take(shown).Select(Line)];
        string[] ahead = [.. labels.Where(c => c.Gap > 0).OrderByDescending(c => c.Gap).ThenBy(c => c.Label, StringComparer.Ordinal).Take(shown).Select(Line)];
        var picked = labels.Count(c => c.TestRows > 0 || c.PickedPredictions > 0);
        var anchor = labels.Count(c => c.TestRows > 0 || c.LinearSvmPredictions > 0);
        var averages = picked == anchor
            ? string.Create(CultureInfo.InvariantCulture, $"each macro-F1 averages F1 over the same {picked} labels true or predicted")
            : string.Create(CultureInfo.InvariantCulture, $"the picked's macro-F1 averages F1 over {picked} labels true or predicted by it, the anchor's over {anchor}");
        List<string> lines =
        [
            $"  per label, picked vs linear SVM anchor ({averages}); most behind:{(behind.Length == 0 ? " none" : string.Empty)}",
            .. behind,
            $"  most ahead:{(ahead.Length == 0 ? " none" : string.Empty)}",
            .. ahead,
        ];
        var pickedOnly = NeverTrue(labels, c => c.PickedPredictions, shown);
        var anchorOnly = NeverTrue(labels, c => c.LinearSvmPredictions, shown);
        if (pickedOnly is not null || anchorOnly is not null)
        {
            lines.Add($"  predicted but true in no test row (F1 0, one more zero in that model's average): picked {pickedOnly ?? "none"}; anchor {anchorOnly ?? "none"}");
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>The labels no test row carries that a model predicts, most predicted first: "2 (A 5 times, B once)", or null.</summary>
    private static string? NeverTrue(IReadOnlyList<LabelComparison> labels, Func<LabelComparison, int> predictions, int shown)
    {
        var never = labels.Where(c => c.TestRows == 0 && predictions(c) > 0).OrderByDescending(predictions).ThenBy(c => c.Label, StringComparer.Ordinal).ToList();
        if (never.Count == 0)
        {
            return null;
        }

        var named = never.Take(shown).Select(c => predictions(c) == 1 ? $"{c.Label} once" : string.Create(CultureInfo.InvariantCulture, $"{c.Label} {predictions(c)} times"));
        var more = never.Count > shown ? string.Create(CultureInfo.InvariantCulture, $", {never.Count - shown} more") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{never.Count} ({string.Join(", ", named)}{more})");
    }
}
