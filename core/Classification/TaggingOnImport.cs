using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification;

/// <summary>
/// After a complete import, whose own rows were tagged before they were stored (<see cref="TaggingBeforeStore"/>): the rows
/// stored earlier are re-tagged only when the import brought evidence that can change their tags (a customer master, invoices
/// or bills whose numbers payments quote); and an import that brought trusted labels trains the first model, or a new one once
/// the ledger has outgrown the current one (<see cref="ModelRefresh.RunIfOutgrownAsync"/>).
/// </summary>
internal sealed class TaggingOnImport(LedgerTagging tagging, ModelRefresh refresh) : IImportCompletedHandler
{
    public int Order => ImportFollowUpOrder.Tagging;

    public async Task OnImportCompletedAsync(ImportReport report, IReadOnlyList<LedgerTransaction> newTransactions, CancellationToken cancellationToken)
    {
        if (report.Customers > 0 || newTransactions.Any(IsDocumentEvidence))
        {
            await tagging.RetagAsync(cancellationToken);
        }

        if (newTransactions.Any(TrainingExamples.CanTeach))
        {
            await refresh.RunIfOutgrownAsync(cancellationToken);
        }
    }

    private static bool IsDocumentEvidence(LedgerTransaction t) =>
        t.Kind is TransactionKind.Invoice or TransactionKind.Bill && t.References.InvoiceNumber is not null;
}
