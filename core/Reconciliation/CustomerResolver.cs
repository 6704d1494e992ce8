using ProfitPipeline.Ledger;

namespace ProfitPipeline.Reconciliation;

/// <summary>
/// Whom a transaction is for: its accepted customer tag, else its <see cref="ParsedTransaction.CustomerReference"/> when that
/// is a customer-master id (case-insensitive). Proposed tags that nobody accepted do not count. Ids come out in the master's spelling.
/// </summary>
internal sealed class CustomerResolver
{
    private readonly Dictionary<string, CustomerRecord> _byId = new(StringComparer.OrdinalIgnoreCase);

    public CustomerResolver(IEnumerable<CustomerRecord> customers)
    {
        foreach (var customer in customers.OrderBy(c => c.Id.Value, StringComparer.Ordinal))
        {
            _byId.TryAdd(customer.Id.Value, customer);
        }
    }

    public IEnumerable<CustomerRecord> Customers => _byId.Values;

    public CustomerRecord? Find(CustomerId id) => _byId.GetValueOrDefault(id.Value);

    /// <summary>Each transaction's customer, by position: resolved once and shared by every phase that needs it.</summary>
    public CustomerId?[] ResolveEach(IReadOnlyList<LedgerTransaction> transactions)
    {
        var resolved = new CustomerId?[transactions.Count];
        for (var i = 0; i < resolved.Length; i++)
        {
            resolved[i] = Resolve(transactions[i]);
        }

        return resolved;
    }

    public CustomerId? Resolve(LedgerTransaction transaction)
    {
        if (transaction.Tags.Customer is { Accepted: true } tag && !string.IsNullOrWhiteSpace(tag.Value))
        {
            return _byId.TryGetValue(tag.Value.Trim(), out var tagged) ? tagged.Id : new CustomerId(tag.Value);
        }

        var reference = transaction.CustomerReference?.Trim();
        return !string.IsNullOrEmpty(reference) && _byId.TryGetValue(reference, out var referenced) ? referenced.Id : null;
    }
}
