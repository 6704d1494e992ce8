namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Per label id (<see cref="LabelIds"/>): rows that carry it, rows predicted as it, and rows both. The F1s that macro-F1
/// averages come from here, for a whole test set or for a bootstrap resample of its rows.
/// </summary>
internal sealed class LabelCounts
{
    private readonly int[] _truth;
    private readonly int[] _predicted;
    private readonly int[] _both;

    private LabelCounts(int labels)
    {
        _truth = new int[labels];
        _predicted = new int[labels];
        _both = new int[labels];
    }

    /// <summary>Counts over <paramref name="rows"/> (indexes, repeats allowed), or over every row when it is null.</summary>
    public static LabelCounts Of(int[] truth, int[] predicted, int labels, int[]? rows = null)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(predicted.Length, truth.Length);
        var counts = new LabelCounts(labels);
        var count = rows?.Length ?? truth.Length;
        for (var k = 0; k < count; k++)
        {
            var i = rows is null ? k : rows[k];
            counts._truth[truth[i]]++;
            counts._predicted[predicted[i]]++;
            if (truth[i] == predicted[i])
            {
                counts._both[truth[i]]++;
            }
        }

        return counts;
    }

    /// <summary>Macro-F1 over every label true or predicted in the lists.</summary>
    public static double MacroF1Of(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        var ids = new LabelIds();
        return Of(ids.Of(truth), ids.Of(predicted), ids.Count).MacroF1;
    }

    public int TruthOf(int label) => _truth[label];

    public int PredictedOf(int label) => _predicted[label];

    /// <summary>2 TP / (true + predicted); 0 for a label neither true nor predicted.</summary>
    public double F1Of(int label)
    {
        var denominator = _truth[label] + _predicted[label];
        return denominator == 0 ? 0d : 2d * _both[label] / denominator;
    }

    /// <summary>The average F1 over the labels true or predicted among the counted rows (0 when there are none).</summary>
    public double MacroF1
    {
        get
        {
            var sum = 0d;
            var present = 0;
            for (var label = 0; label < _truth.Length; label++)
            {
                if (_truth[label] + _predicted[label] > 0)
                {
                    sum += F1Of(label);
                    present++;
                }
            }

            return present == 0 ? 0d : sum / present;
        }
    }
}
