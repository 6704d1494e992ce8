namespace ProfitPipeline.Classification.Model;

/// <summary>
/// What a model score is worth, measured on validation rows: for a score s, the 95% Wilson lower bound of the precision of the
/// validation rows scored at or above s, taking at each score the best bound of any such cut at or below it (a row scored s
/// belongs to every cut below s), so the figure never falls as the score rises. The confidence shown on a model tag is the
/// lower of this and the score itself: a calibrated probability cannot claim more than validation supports, and few
/// validation rows support little (n rows, all right, bound n / (n + 3.84): 0.51 for 4 rows, 0.95 only from 73). With no
/// validation rows every score is worth 0.
/// </summary>
internal sealed class PrecisionBound
{
    public static readonly PrecisionBound Unvalidated = new([], []);

    private readonly double[] _scores;
    private readonly double[] _bounds;

    /// <param name="scores">Ascending scores where the bound steps up.</param>
    /// <param name="bounds">The bound from each score on; below the first, the first.</param>
    public PrecisionBound(IReadOnlyList<double> scores, IReadOnlyList<double> bounds)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(scores.Count, bounds.Count);
        _scores = [.. scores];
        _bounds = [.. bounds];
    }

    public IReadOnlyList<double> Scores => _scores;

    public IReadOnlyList<double> Bounds => _bounds;

    public static PrecisionBound Fit(IReadOnlyList<double> score, IReadOnlyList<bool> correct)
    {
        var order = Enumerable.Range(0, score.Count).OrderByDescending(i => score[i]).ToArray();
        var cuts = new List<(double Score, double Bound)>();
        var hits = 0;
        for (var k = 0; k < order.Length; k++)
        {
            hits += correct[order[k]] ? 1 : 0;

            // Rows with equal scores are accepted or refused together: cut only between distinct scores.
            if (k == order.Length - 1 || score[order[k + 1]] < score[order[k]])
            {
                cuts.Add((score[order[k]], AcceptanceThreshold.WilsonLowerBound(hits, k + 1)));
            }
        }

        // From the lowest score up, keep the steps where the best bound so far rises.
        var steps = new List<(double Score, double Bound)>();
        foreach (var cut in Enumerable.Reverse(cuts))
        {
            if (steps.Count == 0 || cut.Bound > steps[^1].Bound)
            {
                steps.Add(cut);
            }
        }

        return new PrecisionBound([.. steps.Select(s => s.Score)], [.. steps.Select(s => s.Bound)]);
    }

    /// <summary>
    /// How often validation rows were right at each score, made to rise with the score (pool adjacent violators), at the lower
    /// end of its 95% interval (or, without <paramref name="lowerBound"/>, the rate itself): for showing a probability, where
    /// <see cref="Fit"/>'s bound of every row at or above a score would vouch for low scores with the high ones' hits. Steps start
    /// at the lowest score of each pooled block.
    /// </summary>
    public static PrecisionBound FitIsotonic(IReadOnlyList<double> score, IReadOnlyList<bool> correct, bool lowerBound = true)
    {
        var blocks = new List<(double Start, double Hits, double Rows)>();
        foreach (var tie in Enumerable.Range(0, score.Count).GroupBy(i => score[i]).OrderBy(g => g.Key))
        {
            var block = (Start: tie.Key, Hits: (double)tie.Count(i => correct[i]), Rows: (double)tie.Count());
            while (blocks.Count > 0 && blocks[^1].Hits / blocks[^1].Rows >= block.Hits / block.Rows)
            {
                block = (blocks[^1].Start, blocks[^1].Hits + block.Hits, blocks[^1].Rows + block.Rows);
                blocks.RemoveAt(blocks.Count - 1);
            }

            blocks.Add(block);
        }

        // Each block shows the 95% Wilson lower bound of its accuracy, so a block of a few rows claims little; the running
        // maximum keeps the map rising (never above a block's own accuracy, as those rise).
        var shown = 0d;
        return new PrecisionBound(
            [.. blocks.Select(b => b.Start)],
            [.. blocks.Select(b => shown = Math.Max(shown, lowerBound ? AcceptanceThreshold.WilsonLowerBound((int)b.Hits, (int)b.Rows) : b.Hits / b.Rows))]);
    }

    /// <summary>The validated precision bound of a score.</summary>
    public double Of(double score)
    {
        if (_scores.Length == 0)
        {
            return 0d;
        }

        var index = Array.BinarySearch(_scores, score);
        var step = index >= 0 ? index : ~index - 1;
        return _bounds[Math.Max(step, 0)];
    }

    /// <summary>The confidence to show for a score: never more than the score, never more than validation supports.</summary>
    public double Confidence(double score) => Math.Min(score, Of(score));
}
