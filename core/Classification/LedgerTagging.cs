using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Classification.Matching;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification;

/// <summary>
/// Re-tags the ledger with everything known now: the customer master, every invoice (so a receipt imported before its invoice
/// is matched once the invoice arrives), payer accounts people confirmed, the rules and the current model. A person's tag is
/// never overwritten; only rows whose tags changed are written.
/// </summary>
internal sealed class LedgerTagging(
    TransactionStore transactions,
    ImportStore imports,
    CustomerStore customers,
    RuleStore rules,
    LabelStore labels,
    CurrentModelCache model,
    TransactionTagger tagger)
{
    public async Task<int> RetagAsync(CancellationToken cancellationToken)
    {
        var ledger = await transactions.ReadAsync(await imports.CompleteImportIdsAsync(cancellationToken), cancellationToken);
        var master = await customers.ReadAllAsync(cancellationToken);
        var evidence = Evidence(ledger, await labels.ListAsync(cancellationToken));
        var proposed = tagger.Tag(ledger, master, await rules.ListRulesAsync(cancellationToken), await model.GetAsync(cancellationToken), evidence);

        var changed = new List<LedgerTransaction>();
        for (var i = 0; i < ledger.Count; i++)
        {
            var current = ledger[i].Tags;
            var merged = new TransactionTags(
                Keep(current.Category) ?? proposed[i].Category,
                Keep(current.Customer) ?? proposed[i].Customer,
                Keep(current.Project) ?? proposed[i].Project);
            if (merged != current)
            {
                changed.Add(ledger[i] with { Tags = merged });
            }
        }

        await transactions.UpdateTagsAsync(changed, cancellationToken);
        return changed.Count;
    }

    private static Tag? Keep(Tag? tag) => tag is { Source: TagSource.Human } ? tag : null;

    /// <summary>Invoice numbers point to the invoice's customer; payer accounts to the customer a person confirmed for them.</summary>
    private static CustomerEvidence Evidence(IReadOnlyList<LedgerTransaction> ledger, IReadOnlyList<TransactionLabel> confirmed)
    {
        var invoices = ledger
            .Where(t => t.Kind == TransactionKind.Invoice && t.References.InvoiceNumber is not null && t.Tags.Customer is { Accepted: true })
            .Select(t => KeyValuePair.Create(t.References.InvoiceNumber!, new CustomerId(t.Tags.Customer!.Value)));
        var byId = ledger.ToDictionary(t => t.Id);
        var payers = confirmed
            .Where(l => l.Customer is not null && byId.TryGetValue(l.TransactionId, out var t) && t.CounterpartyAccount is not null)
            .Select(l => KeyValuePair.Create(byId[l.TransactionId].CounterpartyAccount!, new CustomerId(l.Customer!)));
        return CustomerEvidence.Create(invoices, payers);
    }
}
