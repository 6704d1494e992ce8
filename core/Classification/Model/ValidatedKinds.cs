namespace ProfitPipeline.Classification.Model;

/// <summary>
/// The row kinds whose precision validation measured. A model is validated on the rows it was trained from: at cold start
/// those are invoices, bills and expense claims, whose categories the exports state. Its confidence says nothing about
/// bank rows it never saw (a payroll debit is no bill), so a row of a kind validation did not cover is never auto-accepted
/// and its confidence is 0, as for a model with no validation rows: it waits until people's answers bring rows of that kind.
/// </summary>
internal sealed class ValidatedKinds
{
    /// <summary>Fewer validation rows of a kind measure nothing about it.</summary>
    public const int MinimumRows = 10;

    /// <summary>No restriction: models saved before kinds were validated, and candidates before their threshold is set.</summary>
    public static readonly ValidatedKinds Any = new(null);

    private readonly HashSet<string>? _kinds;

    public ValidatedKinds(IEnumerable<string>? kinds) => _kinds = kinds?.ToHashSet(StringComparer.Ordinal);

    /// <summary>The kinds covered, in order; null when any kind is.</summary>
    public IReadOnlyList<string>? Kinds => _kinds?.Order(StringComparer.Ordinal).ToList();

    public bool Covers(string kind) => _kinds is null || _kinds.Contains(kind);

    /// <summary>
    /// Kinds with at least <see cref="MinimumRows"/> validation rows whose rows accepted at <paramref name="threshold"/> reach
    /// <paramref name="targetPrecision"/> on their own (a kind can hide behind the others' precision otherwise).
    /// </summary>
    public static ValidatedKinds Fit(IReadOnlyList<string> kinds, IReadOnlyList<double> confidence, IReadOnlyList<bool> correct, double threshold, double targetPrecision)
    {
        var covered = Enumerable.Range(0, kinds.Count)
            .GroupBy(i => kinds[i], StringComparer.Ordinal)
            .Where(g => g.Count() >= MinimumRows)
            .Where(g =>
            {
                var accepted = g.Where(i => confidence[i] >= threshold).ToList();
                return accepted.Count == 0 || accepted.Count(i => correct[i]) >= targetPrecision * accepted.Count;
            })
            .Select(g => g.Key);
        return new ValidatedKinds(covered);
    }
}
