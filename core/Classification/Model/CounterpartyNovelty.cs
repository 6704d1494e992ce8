namespace ProfitPipeline.Classification.Model;

/// <summary>
/// What a score is worth for a row whose counterparty the model never learned from. The threshold and the precision bound are
/// set on validation rows taken by date, and most of those rows' counterparties were in the fit rows: on a new payee the same
/// score is right far less often (on a Hack Club split by payee, rows shown at 0.5-0.7 were right 5-13% of the time). So a new
/// counterparty's rows get a threshold and a bound fitted on the validation rows whose counterparty the fit rows never had; with
/// few such rows that means they wait for a person, as a row of a kind validation never covered does (<see cref="ValidatedKinds"/>).
/// </summary>
internal sealed class CounterpartyNovelty(IReadOnlySet<string> known, AcceptanceRule acceptance)
{
    /// <summary>The counterparties the model learned from, as <see cref="HoldoutSplit.GroupName"/> writes them; the empty name when some of its rows had none.</summary>
    public IReadOnlySet<string> Known { get; } = known;

    /// <summary>The threshold and confidence maps fitted on the validation rows of counterparties the fit rows never had.</summary>
    public AcceptanceRule Acceptance { get; } = acceptance;

    /// <summary>
    /// Whether the counterparty is one the model never met. Rows without one count as one more counterparty: a model that
    /// learned only from rows naming their payee has never seen a bank fee line with none, and on such a row (text it never
    /// saw, a few euros) it showed 0.96 for a label of its rows with a payee.
    /// </summary>
    public bool IsNew(string? counterparty) => IsNewTo(Known, counterparty);

    /// <summary>The same rule for a model trained on other rows (the refit on every row knows more counterparties).</summary>
    public CounterpartyNovelty WithKnown(IReadOnlySet<string> counterparties) => new(counterparties, Acceptance);

    public CounterpartyNovelty WithShownBound(PrecisionBound shownBound) => new(Known, Acceptance with { ShownBound = shownBound });

    public static HashSet<string> NamesOf(IEnumerable<LabelledExample> rows) => [.. rows.Select(e => NameOf(e.Counterparty))];

    /// <summary>
    /// The threshold and bounds of the validation rows whose counterparty is not in <paramref name="known"/>: of their acceptance
    /// scores (<paramref name="confidence"/>) and of the vote's own top probability (<paramref name="vote"/>); the threshold holds
    /// on their latest half too where that half can set one (<see cref="AcceptanceThreshold.ChooseHoldingOnLatest"/>), as the
    /// known ones' does. The shown bound comes later (<see cref="WithShownBound"/>): it checks what these compose.
    /// </summary>
    public static CounterpartyNovelty Fit(
        IReadOnlySet<string> known, IReadOnlyList<string?> counterparties, IReadOnlyList<double> confidence, IReadOnlyList<double> vote, IReadOnlyList<bool> correct, IReadOnlyList<DateOnly?> dates, double targetPrecision, int minimumAccepted)
    {
        var fresh = Enumerable.Range(0, counterparties.Count).Where(i => IsNewTo(known, counterparties[i])).ToList();
        List<double> freshConfidence = [.. fresh.Select(i => confidence[i])];
        List<bool> freshCorrect = [.. fresh.Select(i => correct[i])];
        return new CounterpartyNovelty(
            known,
            new AcceptanceRule(
                AcceptanceThreshold.ChooseHoldingOnLatest(freshConfidence, freshCorrect, [.. fresh.Select(i => dates[i])], targetPrecision, minimumAccepted),
                PrecisionBound.Fit(freshConfidence, freshCorrect),
                PrecisionBound.FitIsotonic([.. fresh.Select(i => vote[i])], freshCorrect)));
    }

    private static bool IsNewTo(IReadOnlySet<string> known, string? counterparty) => !known.Contains(NameOf(counterparty));

    /// <summary>As <see cref="HoldoutSplit.GroupName"/> writes it; rows without a counterparty share the empty name.</summary>
    private static string NameOf(string? counterparty) => string.IsNullOrWhiteSpace(counterparty) ? string.Empty : HoldoutSplit.GroupName(counterparty);
}
