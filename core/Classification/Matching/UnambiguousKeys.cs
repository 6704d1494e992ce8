namespace ProfitPipeline.Classification.Matching;

/// <summary>A lookup from evidence pairs in which a key that points to two different values is dropped: evidence that disagrees with itself is no evidence.</summary>
internal static class UnambiguousKeys
{
    public static Dictionary<string, TValue> Create<TValue>(IEnumerable<(string Key, TValue Value)> pairs) =>
        pairs
            .Where(p => p.Key.Length > 0)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Value).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
}
