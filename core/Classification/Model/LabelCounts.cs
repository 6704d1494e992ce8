namespace ProfitPipeline.Classification.Model;

/// <summary>Per label: rows that carry it, rows predicted as it, and rows both. The F1s that macro-F1 averages come from here.</summary>
internal sealed class LabelCounts
{
    private readonly Dictionary<string, int> _truth = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _predicted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _both = new(StringComparer.Ordinal);

    /// <summary>Every label true or predicted, in order of first appearance.</summary>
    public IReadOnlyList<string> Labels { get; private set; } = [];

    public static LabelCounts Of(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(predicted.Count, truth.Count);
        var counts = new LabelCounts();
        var labels = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < truth.Count; i++)
        {
            counts._truth[truth[i]] = counts._truth.GetValueOrDefault(truth[i]) + 1;
            counts._predicted[predicted[i]] = counts._predicted.GetValueOrDefault(predicted[i]) + 1;
            if (string.Equals(truth[i], predicted[i], StringComparison.Ordinal))
            {
                counts._both[truth[i]] = counts._both.GetValueOrDefault(truth[i]) + 1;
            }

            foreach (var label in (string[])[truth[i], predicted[i]])
            {
                if (seen.Add(label))
                {
                    labels.Add(label);
                }
            }
        }

        counts.Labels = labels;
        return counts;
    }

    public int TruthOf(string label) => _truth.GetValueOrDefault(label);

    public int PredictedOf(string label) => _predicted.GetValueOrDefault(label);

    /// <summary>2 TP / (true + predicted); 0 for a label neither true nor predicted.</summary>
    public double F1Of(string label)
    {
        var denominator = TruthOf(label) + PredictedOf(label);
        return denominator == 0 ? 0d : 2d * _both.GetValueOrDefault(label) / denominator;
    }

    /// <summary>The average F1 over <see cref="Labels"/> (0 when there are no rows).</summary>
    public double MacroF1 => Labels.Count == 0 ? 0d : Labels.Average(F1Of);
}
