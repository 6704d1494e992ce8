namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Abstention: the lowest confidence at which every prediction at or above it is, on validation data, at least the target
/// precision. Above the threshold a tag is auto-accepted; below it, it goes to review.
/// </summary>
internal static class AcceptanceThreshold
{
    /// <summary>A threshold no probability reaches: nothing is auto-accepted.</summary>
    public const double Never = 1.01;

    public static double Choose(IReadOnlyList<double> confidence, IReadOnlyList<bool> correct, double targetPrecision)
    {
        var order = Enumerable.Range(0, confidence.Count).OrderByDescending(i => confidence[i]).ToArray();
        var threshold = Never;
        var hits = 0;
        for (var k = 0; k < order.Length; k++)
        {
            hits += correct[order[k]] ? 1 : 0;

            // Only cut between distinct confidences: rows with equal confidence are accepted or refused together.
            var endOfTie = k == order.Length - 1 || confidence[order[k + 1]] < confidence[order[k]];
            if (endOfTie && hits >= targetPrecision * (k + 1))
            {
                threshold = confidence[order[k]];
            }
        }

        return threshold;
    }
}
