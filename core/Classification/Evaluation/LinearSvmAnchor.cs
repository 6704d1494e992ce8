using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>The classic text baseline: TF-IDF word 1-3-grams and one-versus-all linear SVMs. No probabilities, so no abstention.</summary>
internal static class LinearSvmAnchor
{
    /// <summary>Trains and predicts on another thread, beside the classifier: its own ML.NET context and seed keep both deterministic.</summary>
    public static Task<IReadOnlyList<string>> StartTraining(IReadOnlyList<LabelledExample> train, IReadOnlyList<LabelledExample> test, int seed) =>
        Task.Run(() => TrainAndPredict(train, test, seed));

    private static IReadOnlyList<string> TrainAndPredict(IReadOnlyList<LabelledExample> train, IReadOnlyList<LabelledExample> test, int seed)
    {
        var ml = new MLContext(seed);
        var pipeline = ml.Transforms.Text.NormalizeText("Normalized", nameof(FeatureRow.Text), TextNormalizingEstimator.CaseMode.Lower, keepDiacritics: false, keepPunctuations: false)
            .Append(ml.Transforms.Text.TokenizeIntoWords("Words", "Normalized"))
            .Append(ml.Transforms.Conversion.MapValueToKey("WordKeys", "Words"))
            .Append(ml.Transforms.Text.ProduceNgrams("Features", "WordKeys", ngramLength: 3, useAllLengths: true, maximumNgramsCount: 200_000, weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(ml.Transforms.NormalizeLpNorm("Features"))
            .Append(ml.Transforms.Conversion.MapValueToKey("Label", nameof(FeatureRow.Label)))

            // One binary SVM per label, each several passes: without the cache every pass re-featurizes the text.
            .AppendCacheCheckpoint(ml)
            .Append(ml.MulticlassClassification.Trainers.OneVersusAll(ml.BinaryClassification.Trainers.LinearSvm(numberOfIterations: 10)))
            .Append(ml.Transforms.Conversion.MapKeyToValue("Predicted", "PredictedLabel"));
        var model = pipeline.Fit(ml.Data.LoadFromEnumerable(train.Select(e => FeatureRow.From(e.Example, e.Label))));
        var scored = model.Transform(ml.Data.LoadFromEnumerable(test.Select(e => FeatureRow.From(e.Example))));
        return [.. scored.GetColumn<ReadOnlyMemory<char>>("Predicted").Select(p => p.ToString())];
    }
}
