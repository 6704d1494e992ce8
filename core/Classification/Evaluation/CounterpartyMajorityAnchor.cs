using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>The anchor any model must beat: the most frequent label of the exact counterparty string, else the overall most frequent label.</summary>
internal sealed class CounterpartyMajorityAnchor
{
    private readonly Dictionary<string, string> _byCounterparty;
    private readonly string _overall;

    public CounterpartyMajorityAnchor(IReadOnlyList<LabelledExample> train)
    {
        _overall = MostFrequent(train);
        _byCounterparty = train
            .GroupBy(e => e.Counterparty, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => MostFrequent([.. g]), StringComparer.Ordinal);
    }

    public string Predict(LabelledExample example) => _byCounterparty.GetValueOrDefault(example.Counterparty, _overall);

    private static string MostFrequent(IReadOnlyList<LabelledExample> rows) =>
        rows.CountBy(e => e.Label, StringComparer.Ordinal).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
}
