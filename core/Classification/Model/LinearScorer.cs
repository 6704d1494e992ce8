using System.Numerics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ProfitPipeline.Classification.Model;

/// <summary>
/// A linear multiclass model's weights held feature by feature (each feature's class weights side by side) rather than
/// class by class. ML.NET scores a sparse row with one gather per feature per class over a dense class-by-feature matrix
/// (tens of megabytes with hundreds of classes), which makes scoring memory-bound; here a row reads one contiguous run per
/// non-zero feature and adds it to all classes at once in vector lanes. Sums run over features in ascending index order, so scoring a row's features in pieces (text
/// first, numbers after) gives bit for bit the sums of scoring them at once.
/// </summary>
internal sealed class LinearScorer
{
    private readonly int[] _rowOfFeature;
    private readonly float[] _weights;
    private readonly float[] _bias;

    private LinearScorer(LinearMulticlassModelParametersBase parameters)
    {
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out var classes);
        _bias = [.. parameters.GetBiases()];
        Classes = classes;
        var features = weights.Length == 0 ? 0 : weights[0].Length;

        // One row of class weights per feature that has any; features without weight share no row (-1).
        _rowOfFeature = new int[features];
        Array.Fill(_rowOfFeature, -1);
        var rows = 0;
        foreach (var classWeights in weights)
        {
            foreach (var (feature, weight) in classWeights.Items())
            {
                if (weight != 0f && _rowOfFeature[feature] < 0)
                {
                    _rowOfFeature[feature] = rows++;
                }
            }
        }

        _weights = new float[rows * classes];
        for (var c = 0; c < classes; c++)
        {
            foreach (var (feature, weight) in weights[c].Items())
            {
                if (weight != 0f)
                {
                    _weights[(_rowOfFeature[feature] * classes) + c] = weight;
                }
            }
        }
    }

    public int Classes { get; }

    public int Features => _rowOfFeature.Length;

    /// <summary>A scorer for linear models (maximum entropy, linear SVM); null for others (LightGBM), which ML.NET scores.</summary>
    public static LinearScorer? For(ITransformer model) =>
        model is IPredictionTransformer<LinearMulticlassModelParametersBase> linear ? new LinearScorer(linear.Model) : null;

    /// <summary>
    /// Adds one feature's contribution to every class's running sum: sum + weight * value, rounded after the product and after
    /// the sum (no fused multiply-add), in vector lanes that are each one class, so it equals the scalar loop bit for bit.
    /// </summary>
    public void Add(int feature, float value, Span<float> sums)
    {
        if (feature >= Features || _rowOfFeature[feature] < 0)
        {
            return;
        }

        var row = _weights.AsSpan(_rowOfFeature[feature] * Classes, Classes);
        var scale = new Vector<float>(value);
        var c = 0;
        for (; c <= Classes - Vector<float>.Count; c += Vector<float>.Count)
        {
            var product = new Vector<float>(row[c..]) * scale;
            (new Vector<float>(sums[c..]) + product).CopyTo(sums[c..]);
        }

        for (; c < Classes; c++)
        {
            sums[c] += row[c] * value;
        }
    }
    /// <summary>The weight of <paramref name="feature"/> in the score of class slot <paramref name="slot"/> (0 when it has none).</summary>
    public float Weight(int feature, int slot) =>
        feature < Features && _rowOfFeature[feature] >= 0 && slot >= 0 && slot < Classes ? _weights[(_rowOfFeature[feature] * Classes) + slot] : 0f;

    /// <summary>Adds the features of <paramref name="row"/> below <paramref name="end"/>, in ascending index order.</summary>
    public void Add(in VBuffer<float> row, int end, Span<float> sums)
    {
        var values = row.GetValues();
        if (row.IsDense)
        {
            for (var i = 0; i < Math.Min(values.Length, end); i++)
            {
                Add(i, values[i], sums);
            }

            return;
        }

        var indices = row.GetIndices();
        for (var i = 0; i < indices.Length && indices[i] < end; i++)
        {
            Add(indices[i], values[i], sums);
        }
    }

    /// <summary>
    /// Each label's margin (its class's bias plus sum) into <paramref name="margins"/>, in label order through
    /// <paramref name="slotOfLabel"/>; a label the model lacks gets -infinity, which a softmax turns into 0.
    /// </summary>
    public void MarginsByLabel(ReadOnlySpan<float> sums, int[] slotOfLabel, Span<float> margins)
    {
        for (var i = 0; i < slotOfLabel.Length; i++)
        {
            var slot = slotOfLabel[i];
            margins[i] = slot >= 0 && slot < Classes ? _bias[slot] + sums[slot] : float.NegativeInfinity;
        }
    }
}
