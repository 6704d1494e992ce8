using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// Trains on one labelled set and scores another. Model choice, calibration and the acceptance threshold all come from a
/// validation split of the training rows (the latest 20% by date when dates are known, else 20% of counterparties); the test
/// rows are only scored.
/// </summary>
public sealed class EvaluationRunner(ClassifierTrainingOptions options, ILogger? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public EvaluationRunner()
        : this(new ClassifierTrainingOptions())
    {
    }

    /// <summary>
    /// With <paramref name="rolling"/>, also the rolling-origin evaluation over both files' rows (<see cref="EvaluationReport.Rolling"/>);
    /// with <paramref name="counterpartyFolds"/>, the counterparty folds over them (<see cref="EvaluationReport.CounterpartyFolds"/>).
    /// </summary>
    public EvaluationReport Run(string trainPath, string testPath, LabelledCsvColumns columns, bool rolling = false, bool counterpartyFolds = false)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var train = LabelledCsvReader.Read(trainPath, columns);
        var test = LabelledCsvReader.Read(testPath, columns);
        return Run(train.Rows, test.Rows) with
        {
            InputWarnings = [.. train.Warnings, .. test.Warnings],
            Rolling = rolling ? new RollingOriginEvaluation(options, _logger).Run([.. train.Rows, .. test.Rows]) : null,
            CounterpartyFolds = counterpartyFolds ? new CounterpartyFoldEvaluation(options, _logger).Run([.. train.Rows, .. test.Rows]) : null,
        };
    }

    /// <summary>A model that never auto-accepts though validated: say why, so "coverage 0" on a small file is not read as a bad model.</summary>
    private string? NeverAcceptsBecause(ModelEvaluation picked)
    {
        var rows = picked.Validation.Validation.Rows;
        if (picked.Threshold <= 1d || rows == 0)
        {
            return null;
        }

        var fewest = AcceptanceThreshold.FewestRowsToReach(options.TargetPrecision, options.MinimumAcceptedRows);
        var because = string.Create(CultureInfo.InvariantCulture, $"no cut of its {rows} validation rows reached {options.TargetPrecision:P0} precision at the lower end of its 95% interval");
        return rows < fewest
            ? string.Create(CultureInfo.InvariantCulture, $"{because}; even with every row right that takes {fewest} rows")
            : because;
    }

    internal EvaluationReport Run(IReadOnlyList<LabelledExample> train, IReadOnlyList<LabelledExample> test)
    {
        if (train.Count == 0 || test.Count == 0)
        {
            throw new InvalidDataException("Both the training and the test file need labelled rows.");
        }

        EvaluationLog.Anchors(_logger, train.Count);
        var anchor = LinearSvmAnchor.StartTraining(train, test, options.Seed);
        var clock = Stopwatch.StartNew();
        var trained = new ClassifierTrainer(options, _logger).Train(train)
            ?? throw new InvalidDataException("The training file needs at least two labels.");
        var seconds = clock.Elapsed.TotalSeconds;

        var truth = test.Select(e => e.Label).ToList();
        var examples = test.Select(e => e.Example).ToList();
        EvaluationLog.Scoring(_logger, trained.Candidates.Count, test.Count);
        var predictions = trained.Candidates.Select(c => c.Classifier.Predict(examples)).ToList();
        var models = trained.Candidates
            .Select((c, i) => new ModelEvaluation(c.Scores.Kind, c.Classifier.Acceptance.Threshold, c.Scores, ClassificationScores.Measure(truth, predictions[i])) { Name = c.Classifier.Name })
            .ToList();

        // By reference: two ensembles share a kind.
        var pickedAt = trained.Candidates.Select((c, i) => (c, i)).First(p => ReferenceEquals(p.c.Classifier, trained.Classifier)).i;
        var picked = models[pickedAt];
        var pickedLabels = predictions[pickedAt].Select(p => p.Label).ToList();

        var majority = new CounterpartyMajorityAnchor(train);
        var svm = anchor.GetAwaiter().GetResult();
        return new EvaluationReport(
            train.Count,
            test.Count,
            train.Select(e => e.Label).Distinct(StringComparer.Ordinal).Count(),
            picked.Kind,
            options.TargetPrecision,
            picked.Threshold,
            picked.Test,
            models,
            AnchorScores.Of(truth, [.. test.Select(majority.Predict)], pickedLabels),
            AnchorScores.Of(truth, svm, pickedLabels),
            seconds)
        {
            PickedName = picked.Name,
            PickedBecause = trained.PickedBecause,
            NeverAcceptsBecause = NeverAcceptsBecause(picked),
            Labels = LabelComparison.Of(truth, pickedLabels, svm),
            Reliability = Reliability.Of(truth, predictions[pickedAt]),
            SpotChecks = SpotCheckReplay.Of(truth, predictions[pickedAt], [.. test.Select(e => e.Example.Date)], options.TargetPrecision),
        };
    }
}
