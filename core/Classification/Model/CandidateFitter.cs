using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ProfitPipeline.Classification.Model;

/// <summary>Fits the featurizer and candidate models on labelled rows, and scores, calibrates and thresholds them on validation rows.</summary>
internal sealed class CandidateFitter(MLContext ml, ClassifierTrainingOptions options)
{
    public FittedModels Fit(IReadOnlyList<LabelledExample> rows, IReadOnlyList<ClassifierKind> kinds)
    {
        var labels = TrainingLabels.Pool(rows);
        var data = ml.Data.LoadFromEnumerable(rows.Select((e, i) => FeatureRow.From(e.Example, labels[i])));
        var featurizer = TextFeaturizer.Create(ml).Fit(data);
        var features = ml.Data.Cache(featurizer.Transform(data));
        var models = kinds.Select(kind =>
        {
            var clock = Stopwatch.StartNew();
            var model = CandidateEstimators.For(kind, ml, options).Fit(features);
            return new FittedModel(kind, model, clock.Elapsed.TotalSeconds);
        }).ToList();
        return new FittedModels(ml, featurizer, LabelNames(features.Schema), models);
    }

    /// <summary>Each single model calibrated on validation, plus the average of the two best; each with its threshold and figures.</summary>
    public List<TrainedCandidate> Evaluate(FittedModels fitted, IReadOnlyList<LabelledExample> validation)
    {
        var untrained = fitted.Classifier([], AcceptanceThreshold.Never);
        var features = ml.Data.Cache(untrained.Featurize([.. validation.Select(e => e.Example)]));
        var labelIndex = fitted.Labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var unknown = labelIndex.GetValueOrDefault(TextClassifier.UnknownLabel, -1);
        var truthIndex = validation.Select(e => labelIndex.GetValueOrDefault(e.Label, unknown)).ToList();
        var truth = validation.Select(e => e.Label).ToList();

        var singles = fitted.Models.Select(m =>
        {
            var raw = new CalibratedMember(m.Kind, m.Model, 1d).Probabilities(features, fitted.Labels);
            var member = new CalibratedMember(m.Kind, m.Model, TemperatureScaling.Fit(raw, truthIndex));
            var probabilities = raw.Select(p => TemperatureScaling.Apply(p, member.Temperature)).ToList();
            return (Candidate: Score(untrained.WithMembers([member]), probabilities, truth, m.Seconds, raw), Probabilities: probabilities);
        }).ToList();

        var candidates = singles.Select(s => s.Candidate).ToList();
        if (singles.Count > 1)
        {
            var two = singles.OrderByDescending(s => s.Candidate.Scores.Validation.MacroF1).Take(2).ToList();
            var averaged = TextClassifier.Average([.. two.Select(s => (IReadOnlyList<float[]>)s.Probabilities)]);
            var members = two.SelectMany(s => s.Candidate.Classifier.Members).ToList();
            candidates.Add(Score(untrained.WithMembers(members), averaged, truth, two.Sum(s => s.Candidate.Scores.TrainingSeconds), null));
        }

        return candidates;
    }

    private TrainedCandidate Score(TextClassifier classifier, IReadOnlyList<float[]> probabilities, List<string> truth, double seconds, IReadOnlyList<float[]>? raw)
    {
        var unthresholded = probabilities.Select(classifier.ToPrediction).ToList();
        var correct = unthresholded.Select((p, i) => string.Equals(p.Label, truth[i], StringComparison.Ordinal)).ToList();
        var confidence = unthresholded.Select(p => p.Confidence).ToList();
        var thresholded = classifier.WithThreshold(AcceptanceThreshold.Choose(confidence, correct, options.TargetPrecision, options.MinimumAcceptedRows));
        var calibratedError = TemperatureScaling.ExpectedCalibrationError(confidence, correct);
        var rawError = raw is null ? calibratedError : TemperatureScaling.ExpectedCalibrationError([.. raw.Select(p => (double)p.Max())], correct);
        var scores = new CandidateScores(
            thresholded.Kind,
            ClassificationScores.Measure(truth, [.. probabilities.Select(thresholded.ToPrediction)]),
            rawError,
            calibratedError,
            thresholded.Members.Count == 1 ? thresholded.Members[0].Temperature : 1d,
            seconds);
        return new TrainedCandidate(thresholded, scores);
    }

    private static List<string> LabelNames(DataViewSchema schema)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        schema[TextFeaturizer.Label].GetKeyValues(ref names);
        return [.. names.DenseValues().Select(n => n.ToString())];
    }
}

/// <summary>One trained single model and how long it took.</summary>
internal sealed record FittedModel(ClassifierKind Kind, ITransformer Model, double Seconds);

/// <summary>A fitted featurizer, the label of each class index, and the models trained on its features.</summary>
internal sealed record FittedModels(MLContext Ml, ITransformer Featurizer, IReadOnlyList<string> Labels, IReadOnlyList<FittedModel> Models)
{
    public TextClassifier Classifier(IReadOnlyList<CalibratedMember> members, double threshold) => new(Ml, Featurizer, members, Labels, threshold);
}
