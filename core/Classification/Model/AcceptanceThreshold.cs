namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Abstention: the lowest confidence at which the rows at or above it are, on validation data, precise enough that the 95%
/// Wilson lower bound of their precision still reaches the target. The bound, not the point estimate, so the threshold holds on
/// unseen rows; and at least a minimum number of accepted validation rows, so a handful of lucky rows sets no threshold. When no
/// cut qualifies nothing is auto-accepted: coverage 0 is an honest answer.
/// </summary>
internal static class AcceptanceThreshold
{
    /// <summary>A threshold no probability reaches: nothing is auto-accepted.</summary>
    public const double Never = 1.01;

    public const int DefaultMinimumAccepted = 30;

    /// <summary>
    /// How many times the fewest rows that can set a cut the latest half needs before it sets one (292 at 95%): with fewer,
    /// a few unlucky rows there would refuse what all of validation supports (Hack Club's 216 validation rows never reach it).
    /// </summary>
    public const int LatestHalfRowsFactor = 4;

    /// <summary>Two-sided 95% normal quantile.</summary>
    private const double Z = 1.96;

    public static double Choose(IReadOnlyList<double> confidence, IReadOnlyList<bool> correct, double targetPrecision, int minimumAccepted = DefaultMinimumAccepted)
    {
        var order = Enumerable.Range(0, confidence.Count).OrderByDescending(i => confidence[i]).ToArray();
        var threshold = Never;
        var hits = 0;
        for (var k = 0; k < order.Length; k++)
        {
            hits += correct[order[k]] ? 1 : 0;

            // Only cut between distinct confidences: rows with equal confidence are accepted or refused together.
            var endOfTie = k == order.Length - 1 || confidence[order[k + 1]] < confidence[order[k]];
            var accepted = k + 1;
            if (endOfTie && accepted >= minimumAccepted && WilsonLowerBound(hits, accepted) >= targetPrecision)
            {
                threshold = confidence[order[k]];
            }
        }

        return threshold;
    }

    /// <summary>
    /// <see cref="Choose"/> on every validation row, raised to the latest half's own threshold (by date) when that half alone has
    /// <see cref="LatestHalfRowsFactor"/> times the rows <see cref="FewestRowsToReach"/> needs. Validation is the latest fifth of
    /// the labelled dates, and the rows a model meets next are later still: where its latest half already needs a higher cut
    /// (a change of bookkeeping under way), the cut on all of it would not hold on what follows (Oxford's rolling origins:
    /// accepted rows 0.925 right pooled, one block 0.843, with the cut on all of validation; 0.957 and 0.944 with this one).
    /// Undated rows, and validation too small for its half to set a cut, keep the threshold on every row.
    /// </summary>
    public static double ChooseHoldingOnLatest(
        IReadOnlyList<double> confidence, IReadOnlyList<bool> correct, IReadOnlyList<DateOnly?> dates, double targetPrecision, int minimumAccepted = DefaultMinimumAccepted)
    {
        var threshold = Choose(confidence, correct, targetPrecision, minimumAccepted);
        if (dates.Any(d => d is null))
        {
            return threshold;
        }

        var latest = Enumerable.Range(0, dates.Count).OrderBy(i => dates[i]).Skip(dates.Count / 2).ToList();
        return latest.Count < LatestHalfRowsFactor * FewestRowsToReach(targetPrecision, minimumAccepted)
            ? threshold
            : Math.Max(threshold, Choose([.. latest.Select(i => confidence[i])], [.. latest.Select(i => correct[i])], targetPrecision, minimumAccepted));
    }

    /// <summary>
    /// The fewest accepted validation rows, every one right, whose lower bound reaches <paramref name="targetPrecision"/>
    /// (73 for 95%), and never fewer than <paramref name="minimumAccepted"/>: with fewer validation rows nothing can be accepted.
    /// </summary>
    public static int FewestRowsToReach(double targetPrecision, int minimumAccepted = DefaultMinimumAccepted)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(targetPrecision, 1d);
        var rows = Math.Max(minimumAccepted, 1);
        while (WilsonLowerBound(rows, rows) < targetPrecision)
        {
            rows++;
        }

        return rows;
    }

    public static double WilsonLowerBound(int successes, int trials)
    {
        if (trials == 0)
        {
            return 0d;
        }

        var p = (double)successes / trials;
        var z2 = Z * Z;
        var centre = p + (z2 / (2 * trials));
        var margin = Z * Math.Sqrt((p * (1 - p) / trials) + (z2 / (4d * trials * trials)));
        return (centre - margin) / (1 + (z2 / trials));
    }
}
