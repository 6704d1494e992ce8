using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Trains SDCA maximum entropy and LightGBM on shared features, calibrates each by temperature on the validation rows,
/// adds their average as a third candidate, keeps the best macro-F1, and sets the acceptance threshold on validation.
/// </summary>
internal sealed class ClassifierTrainer(ClassifierTrainingOptions options)
{
    /// <summary>Returns null when the labels have fewer than two trainable classes: no model beats no model there.</summary>
    public ClassifierTrainingResult? Train(IReadOnlyList<LabelledExample> train, IReadOnlyList<LabelledExample> validation)
    {
        var ml = new MLContext(options.Seed);
        var labels = PoolRareLabels(train);
        if (labels.Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return null;
        }

        var rows = ml.Data.LoadFromEnumerable(train.Select((e, i) => FeatureRow.From(e.Example, labels[i])));
        var featurizer = TextFeaturizer.Create(ml).Fit(rows);
        var features = ml.Data.Cache(featurizer.Transform(rows));
        var classLabels = LabelNames(features.Schema);
        var untrained = new TextClassifier(ml, featurizer, [], classLabels, AcceptanceThreshold.Never);

        var trained = new List<(ClassifierKind Kind, ITransformer Model, double Seconds)> { Fit(ClassifierKind.MaximumEntropy, MaximumEntropy(ml), features) };
        if (options.IncludeLightGbm)
        {
            trained.Add(Fit(ClassifierKind.LightGbm, LightGbm(ml), features));
        }

        if (validation.Count == 0)
        {
            // Nothing to calibrate or set a threshold on: the model may propose, never auto-accept.
            return new ClassifierTrainingResult(untrained.WithMembers([new CalibratedMember(trained[0].Kind, trained[0].Model, 1d)]), []);
        }

        var validationFeatures = ml.Data.Cache(featurizer.Transform(ml.Data.LoadFromEnumerable(validation.Select(e => FeatureRow.From(e.Example)))));
        var labelIndex = classLabels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var truthIndex = validation.Select(e => labelIndex.GetValueOrDefault(e.Label, labelIndex.GetValueOrDefault(TextClassifier.UnknownLabel, -1))).ToList();
        var truth = validation.Select(e => e.Label).ToList();

        var candidates = new List<(TextClassifier Classifier, IReadOnlyList<float[]> Probabilities, CandidateScores Scores)>();
        var calibrated = new List<(CalibratedMember Member, List<float[]> Probabilities)>();
        foreach (var (kind, model, seconds) in trained)
        {
            var raw = TextClassifier.ScoreMember(model, validationFeatures);
            var temperature = TemperatureScaling.Fit(raw, truthIndex);
            var probabilities = raw.Select(p => TemperatureScaling.Apply(p, temperature)).ToList();
            var member = new CalibratedMember(kind, model, temperature);
            calibrated.Add((member, probabilities));
            candidates.Add(Candidate(untrained.WithMembers([member]), probabilities, truth, seconds, raw));
        }

        if (calibrated.Count > 1)
        {
            var averaged = TextClassifier.Average([.. calibrated.Select(c => (IReadOnlyList<float[]>)c.Probabilities)]);
            candidates.Add(Candidate(untrained.WithMembers([.. calibrated.Select(c => c.Member)]), averaged, truth, trained.Sum(t => t.Seconds), null));
        }

        var picked = candidates.Select(c => WithThreshold(c.Classifier, c.Probabilities, truth)).ToList();
        var best = picked[candidates.IndexOf(candidates.MaxBy(c => c.Scores.Validation.MacroF1))];
        return new ClassifierTrainingResult(best, [.. picked.Select((c, i) => new TrainedCandidate(c, candidates[i].Scores))]);
    }

    private TextClassifier WithThreshold(TextClassifier classifier, IReadOnlyList<float[]> probabilities, List<string> truth)
    {
        var predictions = probabilities.Select(classifier.ToPrediction).ToList();
        return classifier.WithThreshold(AcceptanceThreshold.Choose(
            [.. predictions.Select(p => p.Confidence)],
            [.. predictions.Select((p, i) => string.Equals(p.Label, truth[i], StringComparison.Ordinal))],
            options.TargetPrecision));
    }

    private static (ClassifierKind, ITransformer, double) Fit(ClassifierKind kind, IEstimator<ITransformer> trainer, IDataView features)
    {
        var clock = Stopwatch.StartNew();
        var model = trainer.Fit(features);
        return (kind, model, clock.Elapsed.TotalSeconds);
    }

    private static (TextClassifier, IReadOnlyList<float[]>, CandidateScores) Candidate(
        TextClassifier classifier, IReadOnlyList<float[]> probabilities, List<string> truth, double seconds, IReadOnlyList<float[]>? raw)
    {
        var predictions = probabilities.Select(classifier.ToPrediction).ToList();
        var correct = predictions.Select((p, i) => string.Equals(p.Label, truth[i], StringComparison.Ordinal)).ToList();
        var calibratedError = TemperatureScaling.ExpectedCalibrationError([.. probabilities.Select(p => (double)p.Max())], correct);
        var rawError = raw is null ? calibratedError : TemperatureScaling.ExpectedCalibrationError([.. raw.Select(p => (double)p.Max())], correct);
        var scores = new CandidateScores(
            classifier.Kind,
            ClassificationScores.Measure(truth, predictions),
            rawError,
            calibratedError,
            classifier.Members.Count == 1 ? classifier.Members[0].Temperature : 1d,
            seconds);
        return (classifier, probabilities, scores);
    }

    private SdcaMaximumEntropyMulticlassTrainer MaximumEntropy(MLContext ml) =>
        ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = TextFeaturizer.Label,
            FeatureColumnName = TextFeaturizer.Features,
            MaximumNumberOfIterations = options.MaximumEntropyIterations,
            NumberOfThreads = options.Threads,
        });

    private LightGbmMulticlassTrainer LightGbm(MLContext ml) =>
        ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
        {
            LabelColumnName = TextFeaturizer.Label,
            FeatureColumnName = TextFeaturizer.Features,
            NumberOfIterations = options.LightGbmIterations,
            NumberOfLeaves = options.LightGbmLeaves,
            MinimumExampleCountPerLeaf = 5,
            LearningRate = 0.3,
            UseSoftmax = true,
            NumberOfThreads = options.Threads,
            Seed = options.Seed,
            Silent = true,
        });

    private static List<string> PoolRareLabels(IReadOnlyList<LabelledExample> train)
    {
        var counts = train.CountBy(e => e.Label, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        return [.. train.Select(e => counts[e.Label] < 2 ? TextClassifier.UnknownLabel : e.Label)];
    }

    private static List<string> LabelNames(DataViewSchema schema)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        schema[TextFeaturizer.Label].GetKeyValues(ref names);
        return [.. names.DenseValues().Select(n => n.ToString())];
    }
}
