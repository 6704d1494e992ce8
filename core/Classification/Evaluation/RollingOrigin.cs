using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// Rolling-origin splits of dated rows: at each cut (a share of the rows in date order) everything dated before the cut trains
/// and the next block of rows tests, as a deployed model meets one stretch of the future after another. A cut never splits a
/// day: it moves forward to the first row of a new date, so no test row shares a date with, or precedes, a training row.
/// Blocks never overlap. Rows without a date have no place in time and are left out.
/// </summary>
internal static class RollingOrigin
{
    public static List<RollingFold> Folds(IReadOnlyList<LabelledExample> rows, IReadOnlyList<double> cuts, double blockShare)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(blockShare);
        // OrderBy is stable: rows of one date keep their file order.
        var ordered = rows.Where(e => e.Example.Date is not null).OrderBy(e => e.Example.Date).ToList();
        var block = Math.Max(1, (int)Math.Round(ordered.Count * blockShare));
        var sorted = cuts.Distinct().Order().ToList();
        foreach (var cut in sorted)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cut);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(cut, 1d);
        }

        var starts = sorted.Select(cut => NextDay(ordered, (int)Math.Round(ordered.Count * cut))).ToList();
        var folds = new List<RollingFold>();
        for (var k = 0; k < sorted.Count; k++)
        {
            // A block stops where the next one starts: pooled, every test row counts once.
            var end = Math.Min(k + 1 < starts.Count ? starts[k + 1] : ordered.Count, starts[k] + block);
            if (starts[k] > 0 && starts[k] < end)
            {
                folds.Add(new RollingFold(sorted[k], ordered[..starts[k]], ordered[starts[k]..end]));
            }
        }

        return folds;
    }

    private static int NextDay(List<LabelledExample> ordered, int index)
    {
        while (index > 0 && index < ordered.Count && ordered[index].Example.Date == ordered[index - 1].Example.Date)
        {
            index++;
        }

        return index;
    }
}

/// <summary>One cut: the rows dated before it and the block of rows after it.</summary>
internal sealed record RollingFold(double Cut, List<LabelledExample> Train, List<LabelledExample> Test);
