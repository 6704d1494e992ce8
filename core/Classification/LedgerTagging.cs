using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Classification.Matching;
using ProfitPipeline.Classification.Model;
using ProfitPipeline.Classification.Rules;
using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Classification;

/// <summary>
/// Tags with everything known now: the customer master, every invoice (so a receipt imported before its invoice is matched once
/// the invoice arrives), payer accounts people confirmed, the rules and the current model. A person's tag is never overwritten.
/// New rows are tagged before they are stored; the whole ledger is re-tagged only when something that can change old rows'
/// tags changes (rules, the model, the customer master, new invoices or bills), and only rows whose tags changed are written.
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
    public async Task<int> RetagAsync(CancellationToken cancellationToken) =>
        await RetagAsync(await ReadLedgerAsync(cancellationToken), cancellationToken);

    /// <summary>The whole ledger as stored: the rows of complete imports.</summary>
    public async Task<IReadOnlyList<LedgerTransaction>> ReadLedgerAsync(CancellationToken cancellationToken) =>
        await transactions.ReadAsync(await imports.CompleteImportIdsAsync(cancellationToken), cancellationToken);

    /// <summary>
    /// <paramref name="ledger"/> (the whole ledger) as a re-tag would leave it with each of <paramref name="ruleSets"/> as the
    /// stored rules, one result per set; the master, labels and model are read once. Nothing is written.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<LedgerTransaction>>> ProposeAsync(
        IReadOnlyList<LedgerTransaction> ledger, IReadOnlyList<IReadOnlyList<TaggingRule>> ruleSets, CancellationToken cancellationToken)
    {
        var master = await customers.ReadAllAsync(cancellationToken);
        var evidence = Evidence(ledger, await labels.ListAsync(cancellationToken));
        var current = await model.GetAsync(cancellationToken);
        return [.. ruleSets.Select(ruleSet => Tag(ledger, master, ledger, evidence, ruleSet, current))];
    }

    /// <summary>Re-tags <paramref name="ledger"/>, the whole ledger as its caller has just read (and changed) it.</summary>
    public async Task<int> RetagAsync(IReadOnlyList<LedgerTransaction> ledger, CancellationToken cancellationToken)
    {
        var tagged = (await ProposeAsync(ledger, [await rules.ListRulesAsync(cancellationToken)], cancellationToken))[0];
        var changed = tagged.Where((t, i) => t.Tags != ledger[i].Tags).ToList();
        await transactions.UpdateTagsAsync(changed, cancellationToken);
        return changed.Count;
    }

    /// <summary>
    /// Tags an import's new rows as <see cref="RetagAsync"/> would, reading from the stored ledger only the rows that carry
    /// evidence (invoices, bills, rows a person assigned to a customer) instead of all of it.
    /// </summary>
    public async Task<IReadOnlyList<LedgerTransaction>> TagNewAsync(
        IReadOnlyList<LedgerTransaction> rows, IReadOnlyList<CustomerRecord> importedCustomers, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return rows;
        }

        var stored = await transactions.ReadTaggingEvidenceAsync(await imports.CompleteImportIdsAsync(cancellationToken), cancellationToken);
        var master = WithImported(await customers.ReadAllAsync(cancellationToken), importedCustomers);
        return await TagAsync(rows, master, [.. stored, .. rows], await rules.ListRulesAsync(cancellationToken), cancellationToken);
    }

    private async Task<IReadOnlyList<LedgerTransaction>> TagAsync(
        IReadOnlyList<LedgerTransaction> rows,
        IReadOnlyList<CustomerRecord> master,
        IReadOnlyList<LedgerTransaction> evidenceRows,
        IReadOnlyList<TaggingRule> ruleSet,
        CancellationToken cancellationToken) =>
        Tag(rows, master, evidenceRows, Evidence(evidenceRows, await labels.ListAsync(cancellationToken)), ruleSet, await model.GetAsync(cancellationToken));

    private LedgerTransaction[] Tag(
        IReadOnlyList<LedgerTransaction> rows,
        IReadOnlyList<CustomerRecord> master,
        IReadOnlyList<LedgerTransaction> evidenceRows,
        CustomerEvidence evidence,
        IReadOnlyList<TaggingRule> ruleSet,
        TaggingModel? current)
    {
        var documents = evidenceRows.Where(t => t.Kind is TransactionKind.Invoice or TransactionKind.Bill).ToList();
        var proposed = tagger.Tag(rows, master, ruleSet, current, evidence, documents);
        var tagged = new LedgerTransaction[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var stored = rows[i].Tags;
            var merged = new TransactionTags(
                Keep(stored.Category) ?? proposed[i].Category,
                Keep(stored.Customer) ?? proposed[i].Customer,
                Keep(stored.Project) ?? proposed[i].Project);
            tagged[i] = merged == stored ? rows[i] : rows[i] with { Tags = merged };
        }

        return tagged;
    }

    private static Tag? Keep(Tag? tag) => tag is { Source: TagSource.Human } ? tag : null;

    /// <summary>The stored master with the rows the same file brought replacing theirs (they are stored after the transactions).</summary>
    private static List<CustomerRecord> WithImported(IReadOnlyList<CustomerRecord> stored, IReadOnlyList<CustomerRecord> imported)
    {
        var replaced = imported.Select(c => c.Id).ToHashSet();
        return [.. stored.Where(c => !replaced.Contains(c.Id)), .. imported];
    }

    /// <summary>Invoice numbers point to the invoice's customer; payer accounts to the customer a person confirmed for them, or to none.</summary>
    private static CustomerEvidence Evidence(IReadOnlyList<LedgerTransaction> ledger, IReadOnlyList<TransactionLabel> confirmed)
    {
        var invoices = ledger
            .Where(t => t.Kind == TransactionKind.Invoice && t.References.InvoiceNumber is not null && t.Tags.Customer is { Accepted: true, Value.Length: > 0 })
            .Select(t => KeyValuePair.Create(t.References.InvoiceNumber!, new CustomerId(t.Tags.Customer!.Value)));
        var byId = new Dictionary<TransactionId, LedgerTransaction>();
        foreach (var t in ledger)
        {
            byId[t.Id] = t;
        }

        var answered = confirmed
            .Where(l => l.Customer is not null && byId.TryGetValue(l.TransactionId, out var t) && t.CounterpartyAccount is not null)
            .Select(l => (Account: byId[l.TransactionId].CounterpartyAccount!, Customer: l.Customer!))
            .ToList();
        var payers = answered.Where(a => a.Customer.Length > 0).Select(a => KeyValuePair.Create(a.Account, new CustomerId(a.Customer)));
        return CustomerEvidence.Create(invoices, payers, answered.Where(a => a.Customer.Length == 0).Select(a => a.Account));
    }
}
