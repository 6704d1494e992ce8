using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Pipeline;

namespace ProfitPipeline.Classification.Jobs;

/// <summary>The weekly (and on-demand) retrain: confirmed labels train a candidate; it is promoted only if not worse; then re-tag.</summary>
internal sealed class WeeklyRetrainJob(
    ModelTrainingService training,
    TransactionStore transactions,
    ImportStore imports,
    LabelStore labels,
    CurrentModelCache model,
    LedgerTagging tagging) : IScheduledJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var ledger = await transactions.ReadAsync(await imports.CompleteImportIdsAsync(cancellationToken), cancellationToken);
        var outcome = await training.RetrainAsync(ledger, await labels.ListAsync(cancellationToken), cancellationToken);
        if (outcome.Promoted)
        {
            model.Invalidate();
            await tagging.RetagAsync(cancellationToken);
        }
    }
}
