namespace ProfitPipeline.Classification.Model;

/// <summary>
/// The rows of a batch grouped by everything the classifier reads of them: the exact text, the kind and the three numbers
/// (compared bit for bit). Rows that agree on all of it get the same prediction, so each distinct input is scored once and
/// the result is identical to scoring every row. Ledgers repeat counterparties heavily, which is where the speed comes from.
/// </summary>
internal sealed class DistinctInputs
{
    private readonly int[] _slotOfRow;

    private DistinctInputs(List<FeatureRow> rows, int[] slotOfRow)
    {
        Rows = rows;
        _slotOfRow = slotOfRow;
    }

    /// <summary>One row per distinct input, in order of first appearance.</summary>
    public IReadOnlyList<FeatureRow> Rows { get; }

    public static DistinctInputs Of(IReadOnlyList<FeatureRow> rows)
    {
        var slotOfInput = new Dictionary<InputKey, int>();
        var distinct = new List<FeatureRow>();
        var slotOfRow = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var key = InputKey.Of(rows[i]);
            if (!slotOfInput.TryGetValue(key, out var slot))
            {
                slot = distinct.Count;
                slotOfInput[key] = slot;
                distinct.Add(rows[i]);
            }

            slotOfRow[i] = slot;
        }

        return new DistinctInputs(distinct, slotOfRow);
    }

    /// <summary>Each original row's result, given one result per distinct input.</summary>
    public List<T> Expand<T>(IReadOnlyList<T> perDistinctInput) => [.. _slotOfRow.Select(s => perDistinctInput[s])];

    private readonly record struct InputKey(string Text, string Kind, int Sign, int Magnitude, int Day)
    {
        public static InputKey Of(FeatureRow row) =>
            new(
                row.Text,
                row.Kind,
                BitConverter.SingleToInt32Bits(row.Numbers[0]),
                BitConverter.SingleToInt32Bits(row.Numbers[1]),
                BitConverter.SingleToInt32Bits(row.Numbers[2]));
    }
}
