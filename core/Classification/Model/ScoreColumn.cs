using System.Numerics.Tensors;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Reads a multiclass model's Score column as probabilities in the classifier's label order. The slots are matched to labels by
/// the column's slot names (ML.NET orders them by label key, which is not guaranteed to be the order we hold); margins and raw
/// scores (the linear SVM, LightGBM's unnormalised output) become probabilities through a softmax.
/// </summary>
internal static class ScoreColumn
{
    public const string Name = "Score";

    public static List<float[]> Probabilities(IDataView scored, IReadOnlyList<string> labels, ClassifierKind kind)
    {
        var slotOfLabel = SlotOfLabel(scored.Schema[Name], labels);
        var margins = kind == ClassifierKind.LinearSvm;
        var rows = new List<float[]>();
        foreach (var score in scored.GetColumn<VBuffer<float>>(Name))
        {
            rows.Add(FromSlots(score.DenseValues().ToArray(), slotOfLabel, margins));
        }

        return rows;
    }

    /// <summary>One row's Score slots as probabilities in label order.</summary>
    public static float[] FromSlots(float[] values, int[] slotOfLabel, bool margins)
    {
        var ordered = new float[slotOfLabel.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = slotOfLabel[i] >= 0 && slotOfLabel[i] < values.Length ? values[slotOfLabel[i]] : float.NegativeInfinity;
        }

        return margins || !AreProbabilities(ordered) ? Softmax(ordered) : ZeroMissing(ordered);
    }

    /// <summary>For each label, the Score slot that holds it (identity when the column carries no slot names; -1 when absent).</summary>
    public static int[] SlotOfLabel(DataViewSchema.Column score, IReadOnlyList<string> labels)
    {
        if (!score.HasSlotNames())
        {
            return [.. Enumerable.Range(0, labels.Count)];
        }

        VBuffer<ReadOnlyMemory<char>> names = default;
        score.GetSlotNames(ref names);
        var slots = names.DenseValues().Select((n, i) => (Name: n.ToString(), Slot: i))
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Slot, StringComparer.Ordinal);
        return [.. labels.Select(l => slots.GetValueOrDefault(l, -1))];
    }

    private static bool AreProbabilities(float[] values)
    {
        var present = values.Where(v => !float.IsNegativeInfinity(v)).ToArray();
        return present.All(v => v is >= 0f and <= 1f) && Math.Abs(present.Sum(v => (double)v) - 1d) < 1e-3;
    }

    private static float[] ZeroMissing(float[] values) => [.. values.Select(v => float.IsNegativeInfinity(v) ? 0f : v)];

    public static float[] Softmax(float[] values)
    {
        var result = (float[])values.Clone();
        SoftmaxInPlace(result);
        return result;
    }

    /// <summary>
    /// Softmax in vector lanes, shifted by the largest value so nothing overflows; -infinity (an absent label) becomes 0, and a
    /// row with no finite value or a NaN becomes all zeros (no probability rather than a wrong one).
    /// </summary>
    public static void SoftmaxInPlace(Span<float> values)
    {
        var max = values.IsEmpty ? float.NegativeInfinity : TensorPrimitives.Max(values);
        if (float.IsNegativeInfinity(max) || float.IsNaN(max) || float.IsPositiveInfinity(max))
        {
            values.Clear();
            return;
        }

        TensorPrimitives.Subtract(values, max, values);
        TensorPrimitives.Exp(values, values);
        TensorPrimitives.Divide(values, TensorPrimitives.Sum(values), values);
    }
}
