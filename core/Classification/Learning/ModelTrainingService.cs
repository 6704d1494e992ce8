using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfitPipeline.Classification.Model;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification.Learning;

/// <summary>
/// Retrains on confirmed labels (and, at cold start, on what the exports themselves state), scores the new model and the
/// current one on the same time-based holdout (latest 20% by date), and promotes the new one only if its macro-F1 is not worse,
/// or if people's answers on the current one's spot checks stopped its acceptance: a model shown wrong on the rows it really
/// meets is not kept for scoring well on the past.
/// </summary>
internal sealed partial class ModelTrainingService(
    ModelStore store,
    SpotChecks spotCheckSample,
    CurrentModelCache cache,
    TimeProvider time,
    IOptions<ClassificationOptions> options,
    ILogger<ModelTrainingService> logger)
{
    private const double HoldoutShare = 0.2;

    /// <summary>Fewer rows than this cannot hold out, validate and train at once.</summary>
    private const int MinimumRows = 20;

    public async Task<RetrainOutcome> RetrainAsync(IReadOnlyList<LedgerTransaction> transactions, IReadOnlyList<TransactionLabel> labels, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(labels);
        var (categoryRows, customerRows) = TrainingExamples.Build(transactions, labels);
        if (categoryRows.Count < MinimumRows)
        {
            LogTooFewRows(logger, categoryRows.Count, MinimumRows);
            return new RetrainOutcome(null, $"too few labelled rows ({categoryRows.Count} < {MinimumRows})");
        }

        var category = HoldoutSplit.ByTime(categoryRows, e => e.Example.Date, HoldoutShare);
        var customer = HoldoutSplit.ByTime(customerRows, e => e.Example.Date, HoldoutShare);
        var trainer = new ClassifierTrainer(options.Value.Training, logger);
        var newCategory = trainer.Train(category.Train, cancellationToken)?.Classifier;
        if (newCategory is null)
        {
            return new RetrainOutcome(null, "the labels have fewer than two categories with two rows each");
        }

        var newCustomer = customerRows.Count >= MinimumRows ? trainer.Train(customer.Train, cancellationToken)?.Classifier : null;
        var version = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var candidate = new TaggingModel(version, newCategory, newCustomer);

        var pointer = await store.GetCurrentAsync(cancellationToken);
        var current = pointer is null ? null : await store.LoadAsync(pointer.Version, cancellationToken);
        var newCategoryScores = Score(newCategory, category.Holdout);
        var newCustomerScores = Score(newCustomer, customer.Holdout);
        var currentCategoryScores = Score(current?.Category, category.Holdout);
        var currentCustomerScores = Score(current?.Customer, customer.Holdout);
        var notWorse = NotWorse(newCategoryScores, currentCategoryScores) && NotWorse(newCustomerScores, currentCustomerScores);
        var stopped = pointer?.SpotChecksFailed is not null;
        var promote = notWorse || stopped;

        var metrics = new ModelMetrics(
            version,
            time.GetUtcNow(),
            category.Train.Count,
            category.Holdout.Count,
            newCategoryScores,
            newCustomerScores,
            pointer?.Version,
            currentCategoryScores?.MacroF1,
            currentCustomerScores?.MacroF1,
            promote);
        await store.SaveAsync(candidate, metrics, cancellationToken);
        var first = promote ? spotCheckSample.FirstOf(version, AcceptedOnLedger(newCategory, transactions, labels)) : null;
        if (first is not null)
        {
            await store.PromoteAsync(version, pointer?.ETag, first, cancellationToken);
            cache.Invalidate();
        }

        LogRetrained(logger, category.Train.Count, category.Holdout.Count, newCategoryScores?.MacroF1 ?? 0, currentCategoryScores?.MacroF1 ?? 0, promote);
        var reason = notWorse ? "promoted: macro-F1 not worse than the current model's on the holdout"
            : stopped ? "promoted: the current model scores better on the holdout, but its spot checks stopped its acceptance"
            : "kept the current model: it scores better on the holdout";
        var spotChecks = pointer is null ? null : SpotCheckResults.Of(labels, pointer.Version);
        return new RetrainOutcome(metrics, reason)
        {
            CurrentModelSpotChecks = spotChecks is { Checked: > 0 } ? spotChecks.Describe(options.Value.TargetPrecision) + (stopped ? ", acceptance stopped" : string.Empty) : null,
            FirstSpotChecks = first,
        };
    }

    /// <summary>
    /// The ledger's rows the new model will accept as it re-tags them: those no person, rule or export tagged (its own first
    /// spot checks are drawn from them, <see cref="SpotChecks.FirstOf"/>).
    /// </summary>
    private static List<TransactionId> AcceptedOnLedger(TextClassifier category, IReadOnlyList<LedgerTransaction> transactions, IReadOnlyList<TransactionLabel> labels)
    {
        var labelled = labels.Select(l => l.TransactionId).ToHashSet();
        List<LedgerTransaction> modelTagged = [.. transactions.Where(t => t.Tags.Category is null or { Source: TagSource.Model } && !labelled.Contains(t.Id))];
        if (modelTagged.Count == 0)
        {
            return [];
        }

        var predictions = category.Predict([.. modelTagged.Select(ClassificationExample.From)]);
        return [.. modelTagged.Where((_, i) => predictions[i].Accepted).Select(t => t.Id)];
    }

    private static ClassificationScores? Score(TextClassifier? classifier, List<LabelledExample> holdout) =>
        classifier is null || holdout.Count == 0
            ? null
            : ClassificationScores.Measure([.. holdout.Select(e => e.Label)], classifier.Predict([.. holdout.Select(e => e.Example)]));

    private static bool NotWorse(ClassificationScores? candidate, ClassificationScores? current) =>
        current is null || (candidate is not null && candidate.MacroF1 >= current.MacroF1);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Information, Message = "Retraining skipped: {Rows} labelled rows, {Minimum} needed")]
    private static partial void LogTooFewRows(ILogger logger, int rows, int minimum);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Information, Message = "Retrained on {TrainRows} rows; holdout {HoldoutRows} rows: macro-F1 {NewMacroF1:0.###} vs current {CurrentMacroF1:0.###}; promoted {Promoted}")]
    private static partial void LogRetrained(ILogger logger, int trainRows, int holdoutRows, double newMacroF1, double currentMacroF1, bool promoted);
}
