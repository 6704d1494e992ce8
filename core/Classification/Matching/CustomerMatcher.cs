using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Matching;

/// <summary>
/// Finds a transaction's customer from evidence, strongest first: the customer the document names (id, then name or alias),
/// an open invoice number in its references or text, a payer account seen before (or one a person said pays for no customer:
/// then the tag is "none", an empty value), then the payer's name against the customer
/// master (exact after normalising, else token-set Jaro-Winkler above a threshold). The tag's detail says which evidence.
/// </summary>
public sealed class CustomerMatcher
{
    private readonly Dictionary<string, CustomerId> _byId;
    private readonly List<(string Name, CustomerId Id)> _names;
    private readonly Dictionary<string, CustomerId> _byExactName;
    private readonly CustomerEvidence _evidence;
    private readonly double _similarityThreshold;
    private readonly double _acceptSimilarity;

    /// <param name="similarityThreshold">Below this, a fuzzy name match proposes nothing.</param>
    /// <param name="acceptSimilarity">At or above this (and clearly ahead of any other customer), a fuzzy match is auto-accepted.</param>
    public CustomerMatcher(IReadOnlyList<CustomerRecord> customers, CustomerEvidence evidence, double similarityThreshold = 0.9, double acceptSimilarity = 0.97)
    {
        ArgumentNullException.ThrowIfNull(customers);
        _evidence = evidence ?? CustomerEvidence.None;
        _similarityThreshold = similarityThreshold;
        _acceptSimilarity = acceptSimilarity;
        _byId = customers.GroupBy(c => c.Id.Value, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        _names = [.. customers
            .SelectMany(c => c.Aliases.Prepend(c.Name).Select(n => (Name: NameNormalizer.Normalize(n), c.Id)))
            .Where(n => n.Name.Length > 0)
            .Distinct()];
        _byExactName = _names
            .GroupBy(n => n.Name, StringComparer.Ordinal)
            .Where(g => g.Select(n => n.Id).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
    }

    public Tag? Match(ParsedTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return FromDocument(transaction) ?? FromInvoiceReference(transaction) ?? FromPayerAccount(transaction) ?? FromPayerName(transaction);
    }

    private Tag? FromDocument(ParsedTransaction t)
    {
        if (string.IsNullOrWhiteSpace(t.CustomerReference))
        {
            return null;
        }

        if (_byId.TryGetValue(t.CustomerReference.Trim(), out var id))
        {
            return Accepted(id, TagSource.Export, 1m, "customer id on the document");
        }

        var byName = ByName(t.CustomerReference, "customer name on the document");
        return byName is null ? null : byName with { Source = TagSource.Export };
    }

    private Tag? FromInvoiceReference(ParsedTransaction t)
    {
        if (_evidence.OpenInvoices.Count == 0 || t.Kind is TransactionKind.Invoice or TransactionKind.CreditNote)
        {
            return null;
        }

        foreach (var (key, where) in DocumentReferences.In(t))
        {
            if (_evidence.OpenInvoices.TryGetValue(key, out var id))
            {
                return Accepted(id, TagSource.Match, 0.99m, "invoice number in the " + where);
            }
        }

        return null;
    }

    private Tag? FromPayerAccount(ParsedTransaction t)
    {
        if (t.CounterpartyAccount is not { } account)
        {
            return null;
        }

        var key = CustomerEvidence.AccountKey(account);
        if (_evidence.PayerAccounts.TryGetValue(key, out var id))
        {
            return Accepted(id, TagSource.Match, 0.98m, "payer account seen on confirmed payments");
        }

        // An empty customer is the answer "none", as a person gave it for another payment from this account.
        return _evidence.NoCustomerAccounts.Contains(key)
            ? new Tag(string.Empty, TagSource.Match, 0.98m, "payer account a person said pays for no customer") { Accepted = true }
            : null;
    }

    private Tag? FromPayerName(ParsedTransaction t) =>
        t.Kind is TransactionKind.BankCredit or TransactionKind.Payment && !string.IsNullOrWhiteSpace(t.Counterparty)
            ? ByName(t.Counterparty, "payer name")
            : null;

    private Tag? ByName(string name, string evidence)
    {
        var normalized = NameNormalizer.Normalize(name);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (_byExactName.TryGetValue(normalized, out var exact))
        {
            return Accepted(exact, TagSource.Match, 0.98m, evidence);
        }

        var ranked = _names
            .Select(n => (n.Id, Similarity: NameSimilarity.TokenSetJaroWinkler(normalized, n.Name)))
            .GroupBy(n => n.Id)
            .Select(g => (Id: g.Key, Similarity: g.Max(n => n.Similarity)))
            .OrderByDescending(n => n.Similarity)
            .Take(2)
            .ToList();
        if (ranked.Count == 0 || ranked[0].Similarity < _similarityThreshold)
        {
            return null;
        }

        // A near tie between two customers is proposed, never accepted.
        var clearLead = ranked.Count == 1 || ranked[0].Similarity - ranked[1].Similarity >= 0.05;
        var confidence = Math.Round((decimal)ranked[0].Similarity, 3);
        return new Tag(ranked[0].Id.Value, TagSource.Match, confidence, evidence + " (similar)")
        {
            Accepted = clearLead && ranked[0].Similarity >= _acceptSimilarity,
        };
    }

    private static Tag Accepted(CustomerId id, TagSource source, decimal confidence, string detail) =>
        new(id.Value, source, confidence, detail) { Accepted = true };
}
