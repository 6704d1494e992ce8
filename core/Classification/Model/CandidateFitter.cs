using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Fits the featurizer and candidate models on labelled rows, and scores, calibrates and thresholds them on validation rows.
/// Cancellation is checked before each fit: ML.NET keeps the cancellation of a fit under way internal.
/// </summary>
internal sealed class CandidateFitter(MLContext ml, ClassifierTrainingOptions options, ILogger? logger = null, CancellationToken cancellationToken = default)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public FittedModels Fit(IReadOnlyList<LabelledExample> rows, IReadOnlyList<ClassifierKind> kinds)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var labels = TrainingLabels.Pool(rows, options.MinimumLabelRows);
        var data = ml.Data.LoadFromEnumerable(rows.Select((e, i) => FeatureRow.From(e.Example, labels[i])));
        var featurizer = TextFeaturizer.Fit(ml, data);
        var features = ml.Data.Cache(featurizer.Transform(data));
        var names = LabelNames(features.Schema);
        var index = names.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var history = TextHistory.Learn(rows.Select((e, i) => (e.Example.Text, index[labels[i]])));
        var models = kinds.Select(kind =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            var model = CandidateEstimators.For(kind, ml, options).Fit(features);
            var seconds = clock.Elapsed.TotalSeconds;
            TrainingLog.Fitted(_logger, kind, rows.Count, seconds);
            return new FittedModel(kind, model, seconds);
        }).ToList();
        return new FittedModels(ml, featurizer, names, models, history, CounterpartyNovelty.NamesOf(rows));
    }

    /// <summary>
    /// Each single model calibrated on validation, plus the average of the two best (and of the two best linear ones); each with
    /// its threshold and figures. Each candidate is also scored in the forms of <see cref="WithBestReferee"/> and keeps the one
    /// that auto-accepts the most validation rows under the same Wilson-bound rule.
    /// </summary>
    public List<TrainedCandidate> Evaluate(FittedModels fitted, IReadOnlyList<LabelledExample> validation)
    {
        var calibrated = Calibrate(fitted, validation);
        var singles = calibrated.Models.Select(m => (Model: m, Candidate: WithBestReferee(calibrated, [m]))).ToList();
        var candidates = singles.Select(s => s.Candidate).ToList();
        var ranked = singles.OrderByDescending(s => s.Candidate.Scores.Validation.MacroF1).ToList();
        if (ranked.Count > 1)
        {
            candidates.Add(WithBestReferee(calibrated, [.. ranked.Take(2).Select(s => s.Model)]));
        }

        // When the two best include LightGBM, the two best linear models are averaged too: the pick prefers a linear
        // candidate unless trees are ahead beyond noise (CandidatePick), and the linear pair is often the best of those.
        var linear = ranked.Where(s => s.Candidate.IsLinear).Take(2).ToList();
        if (linear.Count == 2 && !ranked.Take(2).All(s => s.Candidate.IsLinear))
        {
            candidates.Add(WithBestReferee(calibrated, [.. linear.Select(s => s.Model)]));
        }

        return candidates;
    }

    /// <summary>
    /// The same members as <paramref name="shape"/>, from freshly fitted models, calibrated, thresholded and given their best
    /// form again: a form that accepted nothing for the models fitted on a sample may accept many rows for the full ones.
    /// </summary>
    public TrainedCandidate Rescore(FittedModels fitted, IReadOnlyList<LabelledExample> validation, TextClassifier shape)
    {
        var calibrated = Calibrate(fitted, validation);
        return WithBestReferee(calibrated, [.. shape.Members.Select(m => calibrated.Of(m.Kind))]);
    }

    /// <summary>The model kinds <see cref="Rescore"/> needs fitted for <paramref name="shape"/>: its members and the referee model.</summary>
    public static IEnumerable<ClassifierKind> RescoreKinds(TextClassifier shape) =>
        shape.Members.Select(m => m.Kind).Append(ClassifierKind.MaximumEntropy).Distinct();

    /// <summary>
    /// The members scored in every acceptance form, keeping the first that auto-accepts the most validation rows (so a referee
    /// is kept only when it accepts strictly more): the vote's probability alone, or capped by the text history, the
    /// maximum-entropy model, or both; then the referees' view of the voted label alone (history; maximum entropy; both).
    /// </summary>
    private TrainedCandidate WithBestReferee(CalibratedModels calibrated, List<CalibratedModel> members)
    {
        var referee = calibrated.Models.FirstOrDefault(m => m.Member.Kind == ClassifierKind.MaximumEntropy);
        List<CalibratedModel> refereeModels = referee is not null && !(members.Count == 1 && members[0] == referee) ? [referee] : [];
        var forms = new List<TrainedCandidate> { Score(calibrated, members, [], false), Score(calibrated, members, [], true) };
        if (refereeModels.Count > 0)
        {
            forms.Add(Score(calibrated, members, refereeModels, false));
            forms.Add(Score(calibrated, members, refereeModels, true));
        }

        forms.Add(Score(calibrated, members, [], true, byReferees: true));
        if (refereeModels.Count > 0)
        {
            forms.Add(Score(calibrated, members, refereeModels, false, byReferees: true));
            forms.Add(Score(calibrated, members, refereeModels, true, byReferees: true));
        }

        return forms.MaxBy(f => f.Scores.Validation.Coverage)!;
    }

    private static CalibratedModels Calibrate(FittedModels fitted, IReadOnlyList<LabelledExample> validation)
    {
        var uncalibrated = fitted.Classifier([.. fitted.Models.Select(m => new CalibratedMember(m.Kind, m.Model, 1d))])
            .ModelProbabilities([.. validation.Select(e => FeatureRow.From(e.Example))]);
        var labelIndex = fitted.Labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var unknown = labelIndex.GetValueOrDefault(TextClassifier.UnknownLabel, -1);
        var truthIndex = validation.Select(e => labelIndex.GetValueOrDefault(e.Label, unknown)).ToList();
        var models = fitted.Models.Select((m, k) =>
        {
            var raw = uncalibrated[k];
            var member = new CalibratedMember(m.Kind, m.Model, TemperatureScaling.Fit(raw, truthIndex));
            var probabilities = raw.Select(p => TemperatureScaling.Apply(p, member.Temperature)).ToList();
            return new CalibratedModel(member, probabilities, [.. raw.Select(p => (double)p.Max())], m.Seconds);
        }).ToList();
        var history = validation.Select(e => fitted.History.Probabilities(e.Example, fitted.Labels.Count)).ToList();
        return new CalibratedModels(fitted, models, [.. validation.Select(e => e.Label)], history, [.. validation.Select(e => FeatureRow.From(e.Example).Kind)], [.. validation.Select(e => e.Counterparty)], [.. validation.Select(e => TextClassifier.HasText(e.Example.Text))], [.. validation.Select(e => e.Example.Date)]);
    }

    private TrainedCandidate Score(CalibratedModels calibrated, List<CalibratedModel> members, List<CalibratedModel> referees, bool withHistory, bool byReferees = false)
    {
        var classifier = calibrated.Fitted.Classifier([.. members.Select(m => m.Member)], [.. referees.Select(r => r.Member)], withHistory, byReferees);
        var probabilities = members.Count == 1 ? members[0].Probabilities : TextClassifier.Average([.. members.Select(m => (IReadOnlyList<float[]>)m.Probabilities)]);
        var truth = calibrated.Truth;
        var refereeRows = probabilities
            .Select((_, i) => (IReadOnlyList<float[]>)[.. referees.Select(r => r.Probabilities[i]), .. withHistory ? new[] { calibrated.HistoryRows[i] } : []])
            .ToList();
        var unthresholded = probabilities.Select((p, i) => classifier.ToPrediction(p, refereeRows[i], calibrated.Kinds[i], hasText: calibrated.HasText[i])).ToList();
        var correct = unthresholded.Select((p, i) => string.Equals(p.Label, truth[i], StringComparison.Ordinal)).ToList();

        // The classifier has no rule yet: these are the raw scores the threshold and the bound are fitted on.
        var confidence = unthresholded.Select(p => p.Confidence).ToList();
        var threshold = AcceptanceThreshold.ChooseHoldingOnLatest(confidence, correct, calibrated.Dates, options.TargetPrecision, options.MinimumAcceptedRows);

        List<double> vote = [.. probabilities.Select(p => (double)p.Max())];

        // Calibration error of the vote's own top probability: the referees change which rows are accepted, not what the vote says.
        var calibratedError = TemperatureScaling.ExpectedCalibrationError(vote, correct);
        var rawError = members.Count == 1 ? TemperatureScaling.ExpectedCalibrationError(members[0].RawConfidence, correct) : calibratedError;
        var kinds = ValidatedKinds.Fit(calibrated.Kinds, confidence, correct, threshold, options.TargetPrecision);
        var novelty = CounterpartyNovelty.Fit(calibrated.Fitted.Counterparties, calibrated.Counterparties, confidence, vote, correct, calibrated.Dates, options.TargetPrecision, options.MinimumAcceptedRows);
        var acceptance = new AcceptanceRule(threshold, PrecisionBound.Fit(confidence, correct), PrecisionBound.FitIsotonic(vote, correct));
        var isNew = calibrated.Counterparties.Select(novelty.IsNew).ToList();
        var composed = classifier.WithAcceptance(acceptance, kinds, novelty);
        var predictions = probabilities.Select((p, i) => composed.ToPrediction(p, refereeRows[i], calibrated.Kinds[i], isNew[i], calibrated.HasText[i])).ToList();

        // What the two bounds compose is checked against the rows it is shown on, known and new counterparties apart; known
        // ones by every row when no validation row had a known counterparty (their display map is fitted on every row too).
        // Known counterparties' rows at their rate: the score's and the vote's maps are lower bounds already, and capping a third time at
        // the lower end under-claimed where validation is small (Hack Club time: rows shown 0.77 right 97%). New ones' at the
        // lower end: validation's new counterparties are the few that arrived late, not the ones a user brings next, and there
        // the rate over-claimed (unseen payees shown 0.15-0.22, right 2-7%).
        PrecisionBound ShownOf(Func<int, bool> rows, bool lowerBound) => PrecisionBound.FitIsotonic(
            [.. predictions.Where((_, i) => rows(i)).Select(p => p.Confidence)], [.. correct.Where((_, i) => rows(i))], lowerBound);
        var known = ShownOf(isNew.Contains(false) ? i => !isNew[i] : _ => true, lowerBound: false);
        var thresholded = classifier.WithAcceptance(acceptance with { ShownBound = known }, kinds, novelty.WithShownBound(ShownOf(i => isNew[i], lowerBound: true)));
        predictions = [.. probabilities.Select((p, i) => thresholded.ToPrediction(p, refereeRows[i], calibrated.Kinds[i], isNew[i], calibrated.HasText[i]))];
        var scores = new CandidateScores(
            thresholded.Kind,
            ClassificationScores.Measure(truth, predictions),
            rawError,
            calibratedError,
            members.Count == 1 ? members[0].Member.Temperature : 1d,
            members.Concat(referees).Distinct().Sum(m => m.Seconds));
        return new TrainedCandidate(thresholded, scores, [.. predictions.Select(p => p.Label)]);
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

/// <summary>A fitted featurizer, the label of each class index, the models trained on its features, and the counterparties of the rows.</summary>
internal sealed record FittedModels(MLContext Ml, ITransformer Featurizer, IReadOnlyList<string> Labels, IReadOnlyList<FittedModel> Models, TextHistory History, IReadOnlySet<string> Counterparties)
{
    /// <summary>A classifier of these models that accepts nothing and shows raw scores until given its rule (<see cref="TextClassifier.WithAcceptance"/>).</summary>
    public TextClassifier Classifier(IReadOnlyList<CalibratedMember> members, IReadOnlyList<CalibratedMember>? referees = null, bool withHistory = false, bool byReferees = false) =>
        new(Ml, Featurizer, members, Labels, AcceptanceRule.RawScores, referees, withHistory ? History : null, byReferees);

    public ITransformer ModelOf(ClassifierKind kind) => Models.First(m => m.Kind == kind).Model;
}

/// <summary>One model calibrated on validation: its calibrated probabilities and raw top probabilities there.</summary>
internal sealed record CalibratedModel(CalibratedMember Member, List<float[]> Probabilities, List<double> RawConfidence, double Seconds);

/// <summary>The models of one fit, each calibrated on the same validation rows, and those rows' labels.</summary>
internal sealed record CalibratedModels(FittedModels Fitted, List<CalibratedModel> Models, List<string> Truth, List<float[]> HistoryRows, List<string> Kinds, List<string> Counterparties, List<bool> HasText, List<DateOnly?> Dates)
{
    public CalibratedModel Of(ClassifierKind kind) => Models.First(m => m.Member.Kind == kind);
}
