using Microsoft.ML;
using Microsoft.ML.Data;

namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Calibrated probabilities of linear models for a chunk of rows, featurizing each distinct text and kind once. The numbers
/// are the last slots of the feature vector, so each model's sums over a text's features are kept and every row finishes
/// them with its own numbers and the biases: the same sums, in the same order, as scoring the row's whole feature vector.
/// </summary>
internal sealed class LinearChunkScorer
{
    private readonly MLContext _ml;
    private readonly ITransformer _featurizer;
    private readonly Model?[] _models;
    private readonly int _numbersStart;

    private LinearChunkScorer(MLContext ml, ITransformer featurizer, Model?[] models, int numbersStart)
    {
        _ml = ml;
        _featurizer = featurizer;
        _models = models;
        _numbersStart = numbersStart;
    }

    /// <summary>Scores the linear models among <paramref name="models"/>; the others (LightGBM) are left to ML.NET.</summary>
    public static LinearChunkScorer For(MLContext ml, ITransformer featurizer, IReadOnlyList<CalibratedMember> models, IReadOnlyList<string> labels)
    {
        var featureSchema = featurizer.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<FeatureRow>()).Schema);
        var size = featureSchema[TextFeaturizer.Features].Type is VectorDataViewType vector ? vector.Size : 0;
        var scored = new List<Model?>();
        foreach (var member in models)
        {
            var scorer = LinearScorer.For(member.Model);
            scored.Add(scorer is null || scorer.Features != size
                ? null
                : new Model(scorer, ScoreColumn.SlotOfLabel(member.Model.GetOutputSchema(featureSchema)[ScoreColumn.Name], labels), member.Temperature));
        }

        return new LinearChunkScorer(ml, featurizer, [.. scored], size - FeatureRow.NumberCount);
    }

    public bool ScoresAll => _models.All(m => m is not null);

    /// <summary>
    /// Each linear model's calibrated probabilities per row (null for the others). With <paramref name="shareText"/> each distinct text and kind is
    /// featurized once; without, every row is featurized whole (the plain path the shared one must equal).
    /// </summary>
    public List<float[]>?[] Probabilities(IReadOnlyList<FeatureRow> rows, bool shareText = true)
    {
        var slotOfRow = new int[rows.Count];
        var featurized = shareText ? DistinctTexts(rows, slotOfRow) : [.. rows];
        if (!shareText)
        {
            for (var i = 0; i < slotOfRow.Length; i++)
            {
                slotOfRow[i] = i;
            }
        }

        var end = shareText ? _numbersStart : int.MaxValue;
        var sums = _models.Select(_ => new List<float[]>(featurized.Count)).ToArray();
        foreach (var features in _featurizer.Transform(_ml.Data.LoadFromEnumerable(featurized)).GetColumn<VBuffer<float>>(TextFeaturizer.Features))
        {
            for (var m = 0; m < _models.Length; m++)
            {
                if (_models[m] is { } model)
                {
                    var partial = new float[model.Scorer.Classes];
                    model.Scorer.Add(features, end, partial);
                    sums[m].Add(partial);
                }
            }
        }

        var result = _models.Select(m => m is null ? null : new List<float[]>(rows.Count)).ToArray();
        var scratch = new float[_models.Max(m => m?.Scorer.Classes ?? 0)];
        for (var i = 0; i < rows.Count; i++)
        {
            for (var m = 0; m < _models.Length; m++)
            {
                if (_models[m] is not { } model)
                {
                    continue;
                }

                // One allocation per row and model, the probabilities returned: the sums are finished on a copy in scratch space.
                var text = sums[m][slotOfRow[i]];
                var row = scratch.AsSpan(0, text.Length);
                text.CopyTo(row);
                if (shareText)
                {
                    for (var k = 0; k < FeatureRow.NumberCount; k++)
                    {
                        model.Scorer.Add(_numbersStart + k, rows[i].Numbers[k], row);
                    }
                }

                var probabilities = new float[model.SlotOfLabel.Length];
                model.Scorer.MarginsByLabel(row, model.SlotOfLabel, probabilities);
                ScoreColumn.SoftmaxInPlace(probabilities);
                TemperatureScaling.ApplyInPlace(probabilities, model.Temperature);
                result[m]!.Add(probabilities);
            }
        }

        return result;
    }

    private static List<FeatureRow> DistinctTexts(IReadOnlyList<FeatureRow> rows, int[] slotOfRow)
    {
        var slotOfText = new Dictionary<(string Text, string Kind), int>();
        var texts = new List<FeatureRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            var key = (rows[i].Text, rows[i].Kind);
            if (!slotOfText.TryGetValue(key, out var slot))
            {
                slot = texts.Count;
                slotOfText[key] = slot;
                texts.Add(new FeatureRow { Text = key.Text, Kind = key.Kind });
            }

            slotOfRow[i] = slot;
        }

        return texts;
    }

    private sealed record Model(LinearScorer Scorer, int[] SlotOfLabel, double Temperature);
}
