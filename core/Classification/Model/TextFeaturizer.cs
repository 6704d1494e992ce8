using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Turns a <see cref="FeatureRow"/> into the "Features" vector: TF-IDF word 1-3-grams and character 4-grams over normalised text
/// (lower case, no diacritics or punctuation), one-hot kind, and the numbers. Also maps the label to a key. One character n-gram
/// length, not three: every non-zero feature costs a multiply per class per row, and with hundreds of classes that decides
/// whether training takes one minute or ten on two cores.
/// </summary>
internal static class TextFeaturizer
{
    public const string Features = "Features";
    public const string Label = "Label";

    /// <summary>A small dense-enough vector for LightGBM: 4,096 hashed word 1-2-grams, kind and numbers (trees choke on 200k sparse columns).</summary>
    public const string CompactFeatures = "CompactFeatures";

    /// <summary>
    /// The length of the character 4-gram block against the word block's 1. Character n-grams carry what a new counterparty
    /// shares with known ones (parts of names, "hotel", "consult"), and at 1.4 the models lean on them a little more: over the
    /// TF-IDF SVM anchor Oxford's counterparty folds went from +0.004-0.005 to +0.007-0.010 and its time split from +0.023 to
    /// +0.031, Hack Club stayed level or rose (docs/benchmarks.md, twentieth round). At 2 the word n-grams drown and Hack Club falls.
    /// </summary>
    internal const float CharGramWeight = 1.4f;

    /// <summary>The most word 1-3-grams kept, by frequency.</summary>
    internal const int MaximumWordGrams = 60_000;

    /// <summary>The most character 4-grams kept, by frequency.</summary>
    internal const int MaximumCharGrams = 30_000;

    private const string WordGrams = "WordGrams";
    private const string CharGrams = "Char4";

    /// <summary>
    /// Fits in two steps because an n-gram block whose vocabulary came out empty (every text a short code such as "A", or
    /// punctuation only) has no fixed size, and the normaliser and the linear learners need one: such a block is left out,
    /// and the model learns from the rest.
    /// </summary>
    public static ITransformer Fit(MLContext ml, IDataView data, int maximumWordGrams = MaximumWordGrams, int maximumCharGrams = MaximumCharGrams)
    {
        var grams = ml.Transforms.Text.NormalizeText("Normalized", nameof(FeatureRow.Text), TextNormalizingEstimator.CaseMode.Lower, keepDiacritics: false, keepPunctuations: false, keepNumbers: true)
            .Append(ml.Transforms.Text.TokenizeIntoWords("Words", "Normalized"))
            .Append(ml.Transforms.Conversion.MapValueToKey("WordKeys", "Words"))
            .Append(ml.Transforms.Text.ProduceNgrams(WordGrams, "WordKeys", ngramLength: 3, useAllLengths: true, maximumNgramsCount: maximumWordGrams, weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(ml.Transforms.Text.ProduceHashedNgrams("HashedWords", "WordKeys", numberOfBits: 12, ngramLength: 2, useAllLengths: true))
            .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("Chars", "Normalized"))
            .Append(ml.Transforms.Text.ProduceNgrams(CharGrams, "Chars", ngramLength: 4, useAllLengths: false, maximumNgramsCount: maximumCharGrams, weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Fit(data);
        var schema = grams.GetOutputSchema(data.Schema);
        string[] blocks = [.. new[] { WordGrams, CharGrams }.Where(block => schema[block].Type is VectorDataViewType { IsKnownSize: true })];

        IEstimator<ITransformer> assemble = new EstimatorChain<ITransformer>();
        foreach (var block in blocks)
        {
            // Each block at unit length, the character block at CharGramWeight of it.
            assemble = block == CharGrams
                ? assemble.Append(ml.Transforms.NormalizeGlobalContrast(block, ensureZeroMean: false, ensureUnitStandardDeviation: false, scale: CharGramWeight))
                : assemble.Append(ml.Transforms.NormalizeLpNorm(block));
        }

        var assembled = assemble
            .Append(ml.Transforms.Categorical.OneHotEncoding("KindVector", nameof(FeatureRow.Kind)))
            .Append(ml.Transforms.Concatenate(Features, [.. blocks, "KindVector", nameof(FeatureRow.Numbers)]))
            .Append(ml.Transforms.Concatenate(CompactFeatures, "HashedWords", "KindVector", nameof(FeatureRow.Numbers)))
            .Append(ml.Transforms.Conversion.MapValueToKey(Label, nameof(FeatureRow.Label)))
            .Append(ml.Transforms.SelectColumns(Features, CompactFeatures, Label))
            .Fit(grams.Transform(data));
        return grams.Append(assembled);
    }
}
