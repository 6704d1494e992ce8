namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Isotonic regression (pool adjacent violators) of "the voted label was right" on the vote's probability: a non-decreasing
/// step function that turns the vote's stated probability into the precision observed at that probability on validation rows.
/// Temperature scaling fits one parameter for hundreds of classes and leaves the linear SVM badly calibrated (ECE 0.22 on
/// Oxford); this fits the shape. On its own it keeps the order of rows, but the confidence is the minimum of the vote and the
/// referees, and that minimum only compares like with like once the vote speaks in observed precision too.
/// </summary>
internal sealed class IsotonicCalibration(double[] lower, double[] value)
{
    /// <summary>The smallest vote probability of each step, ascending.</summary>
    public IReadOnlyList<double> Lower { get; } = lower;

    /// <summary>The observed precision of each step, non-decreasing.</summary>
    public IReadOnlyList<double> Value { get; } = value;

    public static IsotonicCalibration Fit(IReadOnlyList<double> probability, IReadOnlyList<bool> correct)
    {
        // Blocks of (smallest probability, hits, rows); equal probabilities start in one block so they map to one value.
        var blocks = new List<(double Lower, double Hits, int Rows)>();
        foreach (var group in Enumerable.Range(0, probability.Count).GroupBy(i => probability[i]).OrderBy(g => g.Key))
        {
            blocks.Add((group.Key, group.Count(i => correct[i]), group.Count()));
            while (blocks.Count > 1 && Mean(blocks[^2]) >= Mean(blocks[^1]))
            {
                var (last, previous) = (blocks[^1], blocks[^2]);
                blocks.RemoveRange(blocks.Count - 2, 2);
                blocks.Add((previous.Lower, previous.Hits + last.Hits, previous.Rows + last.Rows));
            }
        }

        return new IsotonicCalibration([.. blocks.Select(b => b.Lower)], [.. blocks.Select(Mean)]);
    }

    /// <summary>
    /// Two calibrations over interleaved folds: the first fitted on the odd rows (to judge the even ones), the second on the even
    /// rows, so a threshold can be chosen on calibrated values without reusing the rows the calibration learnt from.
    /// </summary>
    public static IsotonicCalibration[] FoldFits(IReadOnlyList<double> probability, IReadOnlyList<bool> correct) =>
        [.. Enumerable.Range(0, 2).Select(fold =>
        {
            var learn = Enumerable.Range(0, probability.Count).Where(i => i % 2 != fold).ToList();
            return Fit([.. learn.Select(i => probability[i])], [.. learn.Select(i => correct[i])]);
        })];

    /// <summary>The value of the last step starting at or below <paramref name="probability"/> (the first step below them all).</summary>
    public double Apply(double probability)
    {
        if (Lower.Count == 0)
        {
            return probability;
        }

        var lo = 0;
        var hi = Lower.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Lower[mid] <= probability)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return Value[lo];
    }

    private static double Mean((double Lower, double Hits, int Rows) block) => block.Hits / block.Rows;
}
