namespace ProfitPipeline.Classification.Model;

/// <summary>
/// What a score is worth for a row whose counterparty the model never learned from. The threshold and the precision bound are
/// set on validation rows taken by date, and most of those rows' counterparties were in the fit rows: on a new payee the same
/// score is right far less often (on a Hack Club split by payee, rows shown at 0.5-0.7 were right 5-13% of the time). So a new
/// counterparty's rows get a threshold and a bound fitted on the validation rows whose counterparty the fit rows never had; with
/// few such rows that means they wait for a person, as a row of a kind validation never covered does (<see cref="ValidatedKinds"/>).
/// </summary>
internal sealed class CounterpartyNovelty(IReadOnlySet<string> known, double threshold, PrecisionBound bound, PrecisionBound? displayBound = null, PrecisionBound? shownBound = null)
{
    /// <summary>The counterparties the model learned from, as <see cref="HoldoutSplit.GroupName"/> writes them.</summary>
    public IReadOnlySet<string> Known { get; } = known;

    public double Threshold { get; } = threshold;

    public PrecisionBound Bound { get; } = bound;

    /// <summary>How often those rows were right at each of the vote's probabilities (<see cref="TextClassifier.DisplayBound"/>); null in models saved before it.</summary>
    public PrecisionBound? DisplayBound { get; } = displayBound;

    /// <summary>How often those rows were right at each confidence shown (<see cref="TextClassifier.ShownBound"/>); null in models saved before it.</summary>
    public PrecisionBound? ShownBound { get; } = shownBound;

    /// <summary>Whether the counterparty is one the model never met; a row without one says nothing either way.</summary>
    public bool IsNew(string? counterparty) => IsNewTo(Known, counterparty);

    /// <summary>The same threshold and bound for a model trained on other rows (the refit on every row knows more counterparties).</summary>
    public CounterpartyNovelty WithKnown(IReadOnlySet<string> counterparties) => new(counterparties, Threshold, Bound, DisplayBound, ShownBound);

    public CounterpartyNovelty WithShownBound(PrecisionBound shownBound) => new(Known, Threshold, Bound, DisplayBound, shownBound);

    public static HashSet<string> NamesOf(IEnumerable<LabelledExample> rows) =>
        [.. rows.Select(e => e.Counterparty).Where(c => !string.IsNullOrWhiteSpace(c)).Select(HoldoutSplit.GroupName)];

    /// <summary>
    /// The threshold and bounds of the validation rows whose counterparty is not in <paramref name="known"/>: of their acceptance
    /// scores (<paramref name="confidence"/>) and of the vote's own top probability (<paramref name="vote"/>).
    /// </summary>
    public static CounterpartyNovelty Fit(
        IReadOnlySet<string> known, IReadOnlyList<string?> counterparties, IReadOnlyList<double> confidence, IReadOnlyList<double> vote, IReadOnlyList<bool> correct, double targetPrecision, int minimumAccepted)
    {
        var fresh = Enumerable.Range(0, counterparties.Count).Where(i => IsNewTo(known, counterparties[i])).ToList();
        List<double> freshConfidence = [.. fresh.Select(i => confidence[i])];
        List<bool> freshCorrect = [.. fresh.Select(i => correct[i])];
        return new CounterpartyNovelty(
            known,
            AcceptanceThreshold.Choose(freshConfidence, freshCorrect, targetPrecision, minimumAccepted),
            PrecisionBound.Fit(freshConfidence, freshCorrect),
            PrecisionBound.FitIsotonic([.. fresh.Select(i => vote[i])], freshCorrect));
    }

    private static bool IsNewTo(IReadOnlySet<string> known, string? counterparty) =>
        !string.IsNullOrWhiteSpace(counterparty) && !known.Contains(HoldoutSplit.GroupName(counterparty));
}
