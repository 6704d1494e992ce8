using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification.Learning;

/// <summary>Retrains from confirmed labels (and, at cold start, the exports' own categories); a promoted model re-tags the ledger.</summary>
internal sealed class ModelRefresh(
    ModelTrainingService training,
    TransactionStore transactions,
    ImportStore imports,
    LabelStore labels,
    ModelStore models,
    CurrentModelCache model,
    LedgerTagging tagging)
{
    public async Task<RetrainOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var ledger = await transactions.ReadAsync(await imports.CompleteImportIdsAsync(cancellationToken), cancellationToken);
        var outcome = await training.RetrainAsync(ledger, await labels.ListAsync(cancellationToken), cancellationToken);
        if (outcome.Promoted)
        {
            model.Invalidate();
            await tagging.RetagAsync(cancellationToken);
        }

        return outcome;
    }

    /// <summary>
    /// Cold start and onboarding: with no model, every import is a chance to train the first one; with one, an import retrains
    /// when the rows imported since the latest training are at least as many as that training learned from. A business's first exports
    /// arrive file by file and the first model sees only the first of them (the demo company's learned from 212 rows and
    /// could accept nothing; after the rest, 644 rows and its holdout accepted every row), so waiting for the weekly retrain
    /// would leave a week of needless review. Each retrain at least doubles what the next one needs, so a year of exports
    /// landing costs a few retrains, and steady daily imports cost none until the weekly one.
    /// </summary>
    public async Task RunIfOutgrownAsync(CancellationToken cancellationToken)
    {
        // The latest training, promoted or not: a candidate kept out for scoring worse must not be retried on every import.
        var metrics = await models.GetLatestMetricsAsync(cancellationToken);
        if (metrics is not null)
        {
            var learned = metrics.TrainingRows + metrics.HoldoutRows;
            var importedSince = (await imports.ListAsync(cancellationToken))
                .Where(i => i.Status == ImportRecord.Complete && i.CompletedAt > metrics.TrainedAt)
                .Sum(i => i.Transactions);
            if (importedSince < learned)
            {
                return;
            }
        }

        await RunAsync(cancellationToken);
    }
}
