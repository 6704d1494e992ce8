using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// One label of a macro-F1 (every label true or predicted): how many test rows carry it, how often the picked classifier and
/// the linear SVM anchor predicted it, and each one's F1 on it. Macro-F1 is the plain average of these F1s, so a label
/// predicted but never true costs as much as a frequent label missed: the per-label view shows where a gap comes from.
/// </summary>
public sealed record LabelComparison(string Label, int TestRows, int PickedPredictions, double PickedF1, int LinearSvmPredictions, double LinearSvmF1)
{
    /// <summary>The picked classifier's F1 on this label minus the anchor's.</summary>
    public double Gap => PickedF1 - LinearSvmF1;

    /// <summary>Every label true or predicted by either, the most frequent first (ties by name, ordinal).</summary>
    internal static IReadOnlyList<LabelComparison> Of(IReadOnlyList<string> truth, IReadOnlyList<string> picked, IReadOnlyList<string> linearSvm)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(picked.Count, truth.Count);
        ArgumentOutOfRangeException.ThrowIfNotEqual(linearSvm.Count, truth.Count);
        var ids = new LabelIds();
        var (t, p, s) = (ids.Of(truth), ids.Of(picked), ids.Of(linearSvm));
        var ours = LabelCounts.Of(t, p, ids.Count);
        var anchor = LabelCounts.Of(t, s, ids.Count);
        return
        [
            .. ids.Names
                .Select((label, id) => new LabelComparison(label, ours.TruthOf(id), ours.PredictedOf(id), ours.F1Of(id), anchor.PredictedOf(id), anchor.F1Of(id)))
                .OrderByDescending(c => c.TestRows)
                .ThenBy(c => c.Label, StringComparer.Ordinal),
        ];
    }
}
