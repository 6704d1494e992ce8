using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// K folds of whole counterparties: each row falls in the fold its counterparty's stable hash names (<see
/// cref="HoldoutSplit.GroupKey"/>), each fold tests on its rows and trains on all the others, so no test row's counterparty is
/// ever seen in training and every row is tested once. One split by counterparty leaves it to chance which few large payees
/// are held out; the folds test them all.
/// </summary>
internal static class CounterpartyFolds
{
    public const int DefaultCount = 5;

    public static List<CounterpartyFold> Of(IReadOnlyList<LabelledExample> rows, int count = DefaultCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        var foldOf = rows.Select(e => (int)(HoldoutSplit.GroupKey(e.Counterparty) % (uint)count)).ToList();
        return [.. Enumerable.Range(0, count)
            .Select(k => new CounterpartyFold(
                k + 1,
                [.. rows.Where((_, i) => foldOf[i] != k)],
                [.. rows.Where((_, i) => foldOf[i] == k)]))
            .Where(f => f.Train.Count > 0 && f.Test.Count > 0)];
    }
}

/// <summary>One fold: the rows of every other fold's counterparties, and the rows of its own.</summary>
internal sealed record CounterpartyFold(int Number, List<LabelledExample> Train, List<LabelledExample> Test)
{
    public int Counterparties => Test.Select(e => HoldoutSplit.GroupName(e.Counterparty)).Distinct(StringComparer.Ordinal).Count();
}
