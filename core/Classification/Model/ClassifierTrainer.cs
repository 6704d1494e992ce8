using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.ML;

namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Compares SDCA maximum entropy, a calibrated linear SVM, LightGBM and the average of the two best on the validation rows
/// (each calibrated by temperature there), keeps the linear SVM unless another is ahead of it on validation macro-F1 beyond
/// noise (<see cref="CandidatePick"/>), sets its acceptance threshold on validation, and refits it on
/// all rows. On large data the comparison runs on a label-stratified sample; the winner is then retrained on every training row
/// and calibrated again, beside its refit when memory allows (<see cref="RefitMemory"/>), so its threshold belongs to a model
/// trained on as much data as the final one.
/// The same rows and options give the same classifier every time.
/// </summary>
internal sealed class ClassifierTrainer(ClassifierTrainingOptions options, ILogger? logger = null)
{
    private const long Megabyte = 1024 * 1024;

    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>Trains on <paramref name="rows"/>, comparing and calibrating on their own validation split (<see cref="HoldoutSplit.ForValidation"/>).</summary>
    public ClassifierTrainingResult? Train(IReadOnlyList<LabelledExample> rows, CancellationToken cancellationToken = default)
    {
        var (fit, validation) = HoldoutSplit.ForValidation(rows);

        // A handful of rows can leave the fit side with a single label (or none): then nothing is held out, and the model
        // trained on every row may propose but never auto-accept.
        return HasTwoLabels(fit) ? Train(fit, validation, cancellationToken) : Train(rows, [], cancellationToken);
    }

    /// <summary>
    /// Returns null when the labels have fewer than two trainable classes: no model beats no model there. A cancelled
    /// <paramref name="cancellationToken"/> stops the run before its next fit (<see cref="OperationCanceledException"/>).
    /// </summary>
    public ClassifierTrainingResult? Train(IReadOnlyList<LabelledExample> train, IReadOnlyList<LabelledExample> validation, CancellationToken cancellationToken = default)
    {
        if (!HasTwoLabels(train))
        {
            return null;
        }

        var ml = new MLContext(options.Seed);
        var fitter = new CandidateFitter(ml, options, _logger, cancellationToken);
        if (validation.Count == 0)
        {
            // Nothing to calibrate or set a threshold on: the model may propose, never auto-accept, and its confidence is 0.
            TrainingLog.Unvalidated(_logger, train.Count);
            var alone = fitter.Fit(train, [ClassifierKind.MaximumEntropy]);
            var unvalidated = alone
                .Classifier([new CalibratedMember(ClassifierKind.MaximumEntropy, alone.Models[0].Model, 1d)])
                .WithAcceptance(AcceptanceRule.Unvalidated);
            var scores = new CandidateScores(ClassifierKind.MaximumEntropy, ClassificationScores.None, 0d, 0d, 1d, alone.Models[0].Seconds);
            return new ClassifierTrainingResult(unvalidated, [new TrainedCandidate(unvalidated, scores, [])], "no validation rows: maximum entropy alone, never auto-accepted");
        }

        var sample = TrainingLabels.StratifiedSample(train, options.ComparisonRows);
        var labels = train.Select(e => e.Label).Distinct(StringComparer.Ordinal).Count();
        TrainingLog.Comparing(_logger, sample.Count, train.Count, labels, validation.Count);
        var compared = fitter.Evaluate(fitter.Fit(sample, [.. CandidateEstimators.Singles(options)]), validation);
        var pick = CandidatePick.From(compared, [.. validation.Select(e => e.Label)]);
        var best = pick.Candidate;
        TrainingLog.Picked(_logger, best.Classifier.Name, pick.Reason);
        var picked = best;
        Task<FittedModels>? everyRow = null;
        using var besideStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (sample.Count < train.Count)
        {
            // Each trainer runs on one thread (ClassifierTrainingOptions.Threads), so the winner's fit on the training rows (for
            // its threshold) and its refit on every row run side by side when memory allows, each in an ML.NET context of its
            // own. Beside, the refit cannot wait to learn whether the threshold's form keeps maximum entropy as referee, so it
            // fits that too.
            var kinds = CandidateFitter.RescoreKinds(best.Classifier).ToList();
            everyRow = options.RefitOnAllRows && RefitFitsBeside(labels, train.Count + validation.Count)
                ? Task.Run(() => FitAllRows(train, validation, kinds, besideStop.Token), besideStop.Token)
                : null;
            try
            {
                picked = fitter.Rescore(fitter.Fit(train, kinds), validation, best.Classifier);
            }
            catch (Exception) when (everyRow is not null)
            {
                // The refit beside is of no use now: it stops before its next fit, and its own end is observed, not raised.
                besideStop.Cancel();
                _ = everyRow.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                throw;
            }
        }

        // Otherwise the refit fits only the kinds the picked form uses, in the order the refit beside fits them (members, then
        // the maximum-entropy referee) and from the same seed, so either way the models are the same.
        var final = options.RefitOnAllRows
            ? Refit(picked.Classifier, everyRow?.GetAwaiter().GetResult() ?? FitAllRows(train, validation, picked.Classifier.TrainedKinds, cancellationToken))
            : picked.Classifier;
        var candidates = compared.Select(c => c == best ? picked with { Classifier = final } : c).ToList();
        return new ClassifierTrainingResult(final, candidates, pick.Reason);
    }

    private bool RefitFitsBeside(int labels, int rows)
    {
        var needed = RefitMemory.EstimatedBytes(labels);
        var spare = options.MemoryForRefitBeside ?? RefitMemory.Spare();
        if (spare is null || needed <= spare)
        {
            return true;
        }

        TrainingLog.RefitAfter(_logger, rows, needed / Megabyte, spare.Value / Megabyte);
        return false;
    }

    private bool HasTwoLabels(IReadOnlyList<LabelledExample> rows) =>
        TrainingLabels.Pool(rows, options.MinimumLabelRows).Distinct(StringComparer.Ordinal).Count() >= 2;

    /// <summary>The models of <paramref name="kinds"/> fitted on training and validation rows together, in a context of their own.</summary>
    private FittedModels FitAllRows(IReadOnlyList<LabelledExample> train, IReadOnlyList<LabelledExample> validation, IEnumerable<ClassifierKind> kinds, CancellationToken cancellationToken) =>
        new CandidateFitter(new MLContext(options.Seed), options, _logger, cancellationToken).Fit([.. train, .. validation], [.. kinds]);

    /// <summary>The picked classifier's kinds from models trained on every row, keeping the temperatures and threshold fitted on validation.</summary>
    private static TextClassifier Refit(TextClassifier picked, FittedModels fitted)
    {
        var members = picked.Members.Select(m => m with { Model = fitted.ModelOf(m.Kind) }).ToList();
        var referees = picked.Referees.Select(m => m with { Model = fitted.ModelOf(m.Kind) }).ToList();
        return fitted.Classifier(members, referees, picked.History is not null, picked.ScoreByReferees).WithAcceptance(picked.Acceptance, picked.Kinds, picked.Novelty?.WithKnown(fitted.Counterparties));
    }
}
