using Microsoft.ML;
using Microsoft.ML.Data;

namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Why a linear model proposed a label, in words a person can check: the word n-grams of the row that most set the label
/// apart from the runner-up, value times the difference of their weights for the two. Character grams and the numbers are
/// left out (they read as noise), so a proposal made on those alone has no words to show.
/// </summary>
internal sealed class WordEvidence
{
    private const string WordBlock = "WordGrams.";

    private readonly MLContext _ml;
    private readonly ITransformer _featurizer;
    private readonly LinearScorer _scorer;
    private readonly int[] _slotOfLabel;
    private readonly Dictionary<string, int> _indexOfLabel;
    private readonly string?[] _wordsOfFeature;

    private WordEvidence(MLContext ml, ITransformer featurizer, LinearScorer scorer, int[] slotOfLabel, IReadOnlyList<string> labels, string?[] wordsOfFeature)
    {
        _ml = ml;
        _featurizer = featurizer;
        _scorer = scorer;
        _slotOfLabel = slotOfLabel;
        _indexOfLabel = labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        _wordsOfFeature = wordsOfFeature;
    }

    /// <summary>Evidence from the first linear model among <paramref name="models"/>; null when none is linear.</summary>
    public static WordEvidence? For(MLContext ml, ITransformer featurizer, IEnumerable<CalibratedMember> models, IReadOnlyList<string> labels)
    {
        var schema = featurizer.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<FeatureRow>()).Schema);
        var features = schema[TextFeaturizer.Features];
        var size = features.Type is VectorDataViewType vector ? vector.Size : 0;
        foreach (var member in models)
        {
            if (LinearScorer.For(member.Model) is { } scorer && scorer.Features == size)
            {
                var slotOfLabel = ScoreColumn.SlotOfLabel(member.Model.GetOutputSchema(schema)[ScoreColumn.Name], labels);
                return new WordEvidence(ml, featurizer, scorer, slotOfLabel, labels, WordsOfFeature(features, size));
            }
        }

        return null;
    }

    /// <summary>For each row, up to <paramref name="top"/> word n-grams for its label, strongest first; none for a label the model lacks.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Explain(IReadOnlyList<(ClassificationExample Example, string Label)> rows, int top)
    {
        var result = new List<IReadOnlyList<string>>(rows.Count);
        var data = _ml.Data.LoadFromEnumerable(rows.Select(r => FeatureRow.From(r.Example)));
        var sums = new float[_scorer.Classes];
        var i = 0;
        foreach (var features in _featurizer.Transform(data).GetColumn<VBuffer<float>>(TextFeaturizer.Features))
        {
            var label = rows[i++].Label;
            var slot = _indexOfLabel.TryGetValue(label, out var index) ? _slotOfLabel[index] : -1;
            if (slot < 0)
            {
                result.Add([]);
                continue;
            }

            Array.Clear(sums);
            _scorer.Add(features, int.MaxValue, sums);
            var runnerUp = RunnerUp(sums, slot);
            var contributions = new List<(string Words, float Weight)>();
            var indices = features.GetIndices();
            var values = features.GetValues();
            for (var k = 0; k < values.Length; k++)
            {
                var feature = features.IsDense ? k : indices[k];
                if (feature < _wordsOfFeature.Length && _wordsOfFeature[feature] is { } words)
                {
                    var weight = values[k] * (_scorer.Weight(feature, slot) - (runnerUp < 0 ? 0f : _scorer.Weight(feature, runnerUp)));
                    if (weight > 0f)
                    {
                        contributions.Add((words, weight));
                    }
                }
            }

            result.Add(Strongest(contributions, top));
        }

        return result;
    }

    /// <summary>
    /// The strongest n-grams, leaving out one that is part of a stronger one or holds it ("expense" or "credit transfer expense"
    /// after "expense report"): the same words twice tell a person nothing more.
    /// </summary>
    private static List<string> Strongest(List<(string Words, float Weight)> contributions, int top)
    {
        var shown = new List<string>(top);
        foreach (var (words, _) in contributions.OrderByDescending(c => c.Weight).ThenBy(c => c.Words, StringComparer.Ordinal))
        {
            if (shown.Count == top)
            {
                break;
            }

            if (!shown.Any(s => $" {s} ".Contains($" {words} ", StringComparison.Ordinal) || $" {words} ".Contains($" {s} ", StringComparison.Ordinal)))
            {
                shown.Add(words);
            }
        }

        return shown;
    }

    /// <summary>The highest-scoring class slot other than <paramref name="slot"/>; -1 when there is none.</summary>
    private static int RunnerUp(float[] sums, int slot)
    {
        var best = -1;
        for (var c = 0; c < sums.Length; c++)
        {
            if (c != slot && (best < 0 || sums[c] > sums[best]))
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>"pakwan restaurant" for the slot "WordGrams.pakwan|restaurant"; null for character grams, the kind and the numbers.</summary>
    private static string?[] WordsOfFeature(DataViewSchema.Column features, int size)
    {
        var words = new string?[size];
        if (features.Annotations.Schema.GetColumnOrNull("SlotNames") is null)
        {
            return words;
        }

        VBuffer<ReadOnlyMemory<char>> names = default;
        features.GetSlotNames(ref names);
        var k = 0;
        foreach (var name in names.DenseValues())
        {
            var text = name.ToString();
            words[k++] = text.StartsWith(WordBlock, StringComparison.Ordinal) ? text[WordBlock.Length..].Replace('|', ' ') : null;
        }

        return words;
    }
}
