namespace ProfitPipeline.Classification.Model;

/// <summary>Label handling before training: rare labels pooled, label-stratified samples.</summary>
internal static class TrainingLabels
{
    /// <summary>Each row's training label: labels with fewer than <paramref name="minimumRows"/> rows become <see cref="TextClassifier.UnknownLabel"/>.</summary>
    public static List<string> Pool(IReadOnlyList<LabelledExample> rows, int minimumRows)
    {
        var counts = rows.CountBy(e => e.Label, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        return [.. rows.Select(e => counts[e.Label] < minimumRows ? TextClassifier.UnknownLabel : e.Label)];
    }

    /// <summary>
    /// At most <paramref name="maximum"/> rows, the same share of every label (at least two rows of each, so none is pooled
    /// away), evenly spaced through each label's rows so every period stays represented.
    /// </summary>
    public static List<LabelledExample> StratifiedSample(IReadOnlyList<LabelledExample> rows, int maximum)
    {
        if (rows.Count <= maximum)
        {
            return [.. rows];
        }

        var share = (double)maximum / rows.Count;
        var keep = new bool[rows.Count];
        foreach (var group in Enumerable.Range(0, rows.Count).GroupBy(i => rows[i].Label, StringComparer.Ordinal))
        {
            var members = group.ToList();
            var take = Math.Min(members.Count, Math.Max(2, (int)Math.Round(members.Count * share)));
            for (var k = 0; k < take; k++)
            {
                keep[members[(int)((long)k * members.Count / take)]] = true;
            }
        }

        return [.. Enumerable.Range(0, rows.Count).Where(i => keep[i]).Select(i => rows[i])];
    }
}
