using MathNet.Numerics.Distributions;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// How sure a macro-F1 gap between two classifiers on the same test rows is: the rows are resampled with replacement (the
/// same rows for both, so the comparison stays paired) and the gap is measured on each resample. With a few hundred test rows
/// and labels seen once or twice, one row can move macro-F1 by several points; the interval says when a gap is just that.
/// </summary>
internal static class PairedBootstrap
{
    /// <summary>The gap <paramref name="ours"/> minus <paramref name="other"/> in macro-F1, and its 95% bias-corrected percentile interval.</summary>
    public static MacroF1Gap MacroF1Gap(IReadOnlyList<string> truth, IReadOnlyList<string> ours, IReadOnlyList<string> other, int resamples = 1000, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(ours.Count, truth.Count);
        ArgumentOutOfRangeException.ThrowIfNotEqual(other.Count, truth.Count);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string label) => ids.TryGetValue(label, out var id) ? id : ids[label] = ids.Count;
        var t = truth.Select(Id).ToArray();
        var a = ours.Select(Id).ToArray();
        var b = other.Select(Id).ToArray();
        if (t.Length == 0)
        {
            return new MacroF1Gap(0d, 0d, 0d);
        }

        var gap = Gap(t, a, b, [.. Enumerable.Range(0, t.Length)], ids.Count);

        var random = new Random(seed);
        var gaps = new double[resamples];
        var rows = new int[t.Length];
        for (var r = 0; r < resamples; r++)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = random.Next(t.Length);
            }

            gaps[r] = Gap(t, a, b, rows, ids.Count);
        }

        // Bias-corrected percentiles: resamples repeat some rows and drop rare labels, which pulls macro-F1 gaps one way, so
        // the interval is read where the resampled gaps sit around the observed one rather than at the plain 2.5% and 97.5%.
        Array.Sort(gaps);
        var below = gaps.Count(g => g < gap) + (0.5 * gaps.Count(g => g == gap));
        var bias = Normal.InvCDF(0d, 1d, Math.Clamp(below / resamples, 0.5 / resamples, 1d - (0.5 / resamples)));
        return new MacroF1Gap(gap, Percentile(gaps, Normal.CDF(0d, 1d, (2d * bias) - 1.96)), Percentile(gaps, Normal.CDF(0d, 1d, (2d * bias) + 1.96)));
    }

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Round(p * (sorted.Length - 1))];

    private static double Gap(int[] truth, int[] ours, int[] other, int[] rows, int labels) =>
        MacroF1(truth, ours, rows, labels) - MacroF1(truth, other, rows, labels);

    /// <summary>Macro-F1 over every label true or predicted among <paramref name="rows"/>, as <c>ClassificationScores.MacroF1Of</c>.</summary>
    private static double MacroF1(int[] truth, int[] predicted, int[] rows, int labels)
    {
        var truePositives = new int[labels];
        var truthCounts = new int[labels];
        var predictedCounts = new int[labels];
        foreach (var i in rows)
        {
            truthCounts[truth[i]]++;
            predictedCounts[predicted[i]]++;
            if (truth[i] == predicted[i])
            {
                truePositives[truth[i]]++;
            }
        }

        double sum = 0d;
        var present = 0;
        for (var label = 0; label < labels; label++)
        {
            var denominator = truthCounts[label] + predictedCounts[label];
            if (denominator > 0)
            {
                sum += 2d * truePositives[label] / denominator;
                present++;
            }
        }

        return present == 0 ? 0d : sum / present;
    }
}

/// <summary>A macro-F1 gap (ours minus another classifier's) on the test rows and its 95% paired-bootstrap interval.</summary>
public sealed record MacroF1Gap(double Gap, double Low, double High);
