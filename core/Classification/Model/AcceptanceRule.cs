namespace ProfitPipeline.Classification.Model;

/// <summary>
/// How the rows of one population (known counterparties, or new ones: <see cref="CounterpartyNovelty"/>) turn a score into a
/// decision and a confidence: the threshold set on validation, and the maps that cap what is shown, each fitted on the
/// validation rows it speaks for. A map is null in models saved before it existed; such a model shows what the maps it has give.
/// </summary>
/// <param name="Threshold">Scores at or above this are auto-accepted.</param>
/// <param name="Bound">What each score is worth on validation rows (<see cref="PrecisionBound.Fit"/>); it caps the score shown.</param>
/// <param name="DisplayBound">
/// How often validation rows were right at each of the vote's own top probabilities (<see cref="PrecisionBound.FitIsotonic"/>).
/// The score is the lowest view of the vote and its referees, and the text history gives a text it never saw 0, so rows with
/// new text showed 0 and were right half the time (Oxford time split): the confidence shown is the higher of what validation
/// supports for the score and for the vote.
/// </param>
/// <param name="ShownBound">
/// How often validation rows were right at each confidence the two maps above compose, which caps it once more. The vote's map
/// is fitted on every row but speaks only where the score's bound is lower, on rows the referees doubt, which are right less
/// often: on Oxford's time split a third of the test rows showed 0.69 and were right 52% of the time. For known counterparties
/// the rate itself, for new ones the lower end of its interval (<see cref="CandidateFitter"/> says why).
/// </param>
internal sealed record AcceptanceRule(double Threshold, PrecisionBound? Bound, PrecisionBound? DisplayBound = null, PrecisionBound? ShownBound = null)
{
    /// <summary>Accepts nothing and shows the score itself: a classifier whose rule is still to be fitted on validation rows.</summary>
    public static AcceptanceRule RawScores { get; } = new(AcceptanceThreshold.Never, null);

    /// <summary>Accepts nothing and shows 0: a model no row could be held out to validate.</summary>
    public static AcceptanceRule Unvalidated { get; } = new(AcceptanceThreshold.Never, PrecisionBound.Unvalidated);

    public bool Accepts(double score) => score >= Threshold;

    /// <summary>
    /// The score capped by <see cref="Bound"/>, or the vote's top probability capped by <see cref="DisplayBound"/> when that is
    /// higher, and that capped by <see cref="ShownBound"/>: never more than validation supports.
    /// </summary>
    /// <param name="score">The acceptance score of the voted label.</param>
    /// <param name="vote">The vote's own probability of that label; null when there was nothing to vote on.</param>
    public double Confidence(double score, double? vote)
    {
        var composed = Math.Max(Bound?.Confidence(score) ?? score, vote is { } top ? DisplayBound?.Confidence(top) ?? 0d : 0d);
        return ShownBound?.Confidence(composed) ?? composed;
    }
}
