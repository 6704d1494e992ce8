using MathNet.Numerics.Distributions;
using ProfitPipeline.Classification.Model;

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
        var ids = new LabelIds();
        var t = ids.Of(truth);
        var a = ids.Of(ours);
        var b = ids.Of(other);
        if (t.Length == 0)
        {
            return new MacroF1Gap(0d, 0d, 0d);
        }

        var gap = Gap(t, a, b, null, ids.Count);

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

    private static double Gap(int[] truth, int[] ours, int[] other, int[]? rows, int labels) =>
        LabelCounts.Of(truth, ours, labels, rows).MacroF1 - LabelCounts.Of(truth, other, labels, rows).MacroF1;
}

/// <summary>A macro-F1 gap (ours minus another classifier's) on the test rows and its 95% paired-bootstrap interval.</summary>
public sealed record MacroF1Gap(double Gap, double Low, double High);
