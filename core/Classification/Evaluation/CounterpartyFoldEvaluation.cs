using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// The classifier and both anchors over <see cref="CounterpartyFolds"/>, their test predictions pooled: how the model does on
/// counterparties it has never seen, measured on every counterparty rather than on the few one split happens to hold out.
/// </summary>
internal sealed class CounterpartyFoldEvaluation(ClassifierTrainingOptions options, ILogger? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public CounterpartyFoldReport Run(IReadOnlyList<LabelledExample> rows, int count = CounterpartyFolds.DefaultCount)
    {
        var folds = CounterpartyFolds.Of(rows, count);
        if (folds.Count < 2)
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"Counterparty folds need rows of more counterparties: the {rows.Count} rows fell into {folds.Count} of {count} folds."));
        }

        var pooled = new PooledPredictions(options, _logger);
        var results = new List<CounterpartyFoldResult>();
        foreach (var fold in folds)
        {
            EvaluationLog.CounterpartyFold(_logger, fold.Number, count, fold.Train.Count, fold.Test.Count, fold.Counterparties);
            var outcome = pooled.Add(fold.Train, fold.Test, string.Create(CultureInfo.InvariantCulture, $"counterparty fold {fold.Number}"));
            results.Add(new CounterpartyFoldResult(fold.Number, fold.Train.Count, fold.Test.Count, fold.Counterparties, outcome.Picked, outcome.MacroF1, outcome.LinearSvmMacroF1, outcome.Coverage, outcome.AcceptedPrecision));
        }

        var scores = pooled.Scores;
        return new CounterpartyFoldReport(results, pooled.Rows, scores.Accuracy, scores.MacroF1, pooled.MajorityPerCounterparty, pooled.LinearSvm)
        {
            Labels = pooled.Labels,
            CoverageAt95 = scores.Coverage,
            PrecisionAt95 = scores.AcceptedPrecision,
            Reliability = pooled.Reliability,
        };
    }
}
