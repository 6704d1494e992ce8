using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// The classifier and both anchors at several rolling origins (<see cref="RollingOrigin"/>), their test predictions pooled.
/// One 80/20 time split of a small ledger leaves a few hundred test rows, where a handful of rows moves macro-F1 by points;
/// five blocks give the paired comparison two or three times the rows, each predicted by models that never saw its dates.
/// </summary>
internal sealed class RollingOriginEvaluation(ClassifierTrainingOptions options, ILogger? logger = null)
{
    private static readonly double[] DefaultCuts = [0.5, 0.6, 0.7, 0.8, 0.9];

    private const double DefaultBlockShare = 0.1;

    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>Cuts at 50, 60, 70, 80 and 90% of the rows by date, each block the next 10%.</summary>
    public RollingOriginReport Run(IReadOnlyList<LabelledExample> rows) => Run(rows, DefaultCuts, DefaultBlockShare);

    internal RollingOriginReport Run(IReadOnlyList<LabelledExample> rows, IReadOnlyList<double> cuts, double blockShare)
    {
        var folds = RollingOrigin.Folds(rows, cuts, blockShare);
        var undated = rows.Count(e => e.Example.Date is null);
        if (folds.Count == 0)
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"Rolling-origin evaluation needs more dated rows: no cut leaves rows on both sides ({rows.Count - undated} of {rows.Count} rows have a date)."));
        }

        var pooled = new PooledPredictions(options, _logger);
        var results = new List<RollingFoldResult>();
        foreach (var (fold, number) in folds.Select((f, i) => (f, i + 1)))
        {
            EvaluationLog.RollingFold(_logger, number, folds.Count, fold.Train.Count, fold.Test.Count);
            var outcome = pooled.Add(fold.Train, fold.Test, string.Create(CultureInfo.InvariantCulture, $"the cut at {fold.Cut:P0}"));
            results.Add(new RollingFoldResult(fold.Cut, fold.Train.Count, fold.Test.Count, fold.Test[0].Example.Date!.Value, outcome.Picked, outcome.MacroF1, outcome.LinearSvmMacroF1, outcome.Coverage, outcome.AcceptedPrecision)
            {
                SpotChecks = outcome.SpotChecks,
            });
        }

        var scores = pooled.Scores;
        return new RollingOriginReport(results, pooled.Rows, undated, scores.Accuracy, scores.MacroF1, pooled.MajorityPerCounterparty, pooled.LinearSvm)
        {
            Labels = pooled.Labels,
            CoverageAt95 = scores.Coverage,
            PrecisionAt95 = scores.AcceptedPrecision,
            Reliability = pooled.Reliability,
        };
    }
}
