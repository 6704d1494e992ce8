using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification.Learning;

/// <summary>Retrains from confirmed labels (and, at cold start, the exports' own categories); a promoted model re-tags the ledger.</summary>
internal sealed class ModelRefresh(
    ModelTrainingService training,
    TransactionStore transactions,
    ImportStore imports,
    LabelStore labels,
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

    /// <summary>Cold start: while there is no model at all, every import is a chance to train the first one.</summary>
    public async Task RunIfNoModelAsync(CancellationToken cancellationToken)
    {
        if (await model.GetAsync(cancellationToken) is null)
        {
            await RunAsync(cancellationToken);
        }
    }
}
