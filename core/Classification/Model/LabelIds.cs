namespace ProfitPipeline.Classification.Model;

/// <summary>Labels as small integers, one id space shared by several lists (the truth and each model's predictions).</summary>
internal sealed class LabelIds
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public int Count => _names.Count;

    /// <summary>Each id's label, in order of first appearance.</summary>
    public IReadOnlyList<string> Names => _names;

    public int[] Of(IReadOnlyList<string> labels)
    {
        var ids = new int[labels.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!_ids.TryGetValue(labels[i], out ids[i]))
            {
                ids[i] = _names.Count;
                _ids[labels[i]] = ids[i];
                _names.Add(labels[i]);
            }
        }

        return ids;
    }
}
