using ProfitPipeline.Ledger;
using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Profitability;

/// <summary>
/// The existing rows an import can change the figures of: those linked to it, directly or through other rows, by a shared
/// transaction id, resolved customer, project, or a reference key (reference field or text token) that some invoice, credit note,
/// bill, payment or bank credit carries in a reference field. The matcher, the entry builder, the fee attribution and the
/// cost-to-serve counter relate rows only through these, so a row outside the import's linked groups counts the same before
/// and after it, and the groups alone can be judged.
/// </summary>
internal static class ImportReach
{
    public static List<LedgerTransaction> ExistingRows(
        IReadOnlyList<LedgerTransaction> existing, IReadOnlyCollection<LedgerTransaction> imported, CustomerResolver customers)
    {
        var rows = new List<LedgerTransaction>(existing.Count + imported.Count);
        rows.AddRange(existing);
        rows.AddRange(imported);
        var anchors = AnchorKeys(rows);
        var groups = new LinkedGroups(rows.Count);
        var byId = new Dictionary<TransactionId, int>(rows.Count);
        var byCustomer = new Dictionary<string, int>(StringComparer.Ordinal);
        var byProject = new Dictionary<string, int>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var t = rows[i];
            groups.Link(byId, t.Id, i);
            if (customers.Resolve(t) is { } customer)
            {
                groups.Link(byCustomer, customer.Value, i);
            }

            if (Attributes.Project(t) is { } project)
            {
                groups.Link(byProject, project, i);
            }

            if (anchors.Count > 0)
            {
                foreach (var key in Keys(t))
                {
                    if (anchors.Contains(key))
                    {
                        groups.Link(byKey, key, i);
                    }
                }
            }
        }

        var reached = new HashSet<int>();
        for (var i = existing.Count; i < rows.Count; i++)
        {
            reached.Add(groups.Root(i));
        }

        var result = new List<LedgerTransaction>();
        for (var i = 0; i < existing.Count; i++)
        {
            if (reached.Contains(groups.Root(i)))
            {
                result.Add(existing[i]);
            }
        }

        return result;
    }

    /// <summary>Every reference field of the rows others are matched to: invoices, credit notes, bills, payments, bank credits.</summary>
    private static HashSet<string> AnchorKeys(List<LedgerTransaction> rows)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in rows)
        {
            if (t.Kind is TransactionKind.Invoice or TransactionKind.CreditNote or TransactionKind.Bill or TransactionKind.Payment or TransactionKind.BankCredit)
            {
                AddField(anchors, t.References.InvoiceNumber);
                AddField(anchors, t.References.BankId);
                AddField(anchors, t.References.PaymentReference);
                AddField(anchors, t.References.EndToEndId);
            }
        }

        return anchors;
    }

    private static void AddField(HashSet<string> anchors, string? field)
    {
        if (InvoiceReferences.Normalize(field) is { } key)
        {
            anchors.Add(key);
        }
    }

    /// <summary>A row's reference fields and text tokens: a superset of every key any rule looks it up by.</summary>
    private static IEnumerable<string> Keys(LedgerTransaction t)
    {
        if (InvoiceReferences.Normalize(t.References.BankId) is { } bankId)
        {
            yield return bankId;
        }

        foreach (var key in InvoiceReferences.Keys(t.References, t.Description))
        {
            yield return key;
        }
    }

    /// <summary>Union-find over row positions, with path halving.</summary>
    private sealed class LinkedGroups
    {
        private readonly int[] _parent;

        public LinkedGroups(int count)
        {
            _parent = new int[count];
            for (var i = 0; i < count; i++)
            {
                _parent[i] = i;
            }
        }

        public int Root(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }

        /// <summary>Links row <paramref name="i"/> with the first row that had <paramref name="key"/>, or makes it that row.</summary>
        public void Link<TKey>(Dictionary<TKey, int> firstWith, TKey key, int i)
            where TKey : notnull
        {
            if (!firstWith.TryAdd(key, i))
            {
                var left = Root(firstWith[key]);
                var right = Root(i);
                if (left != right)
                {
                    _parent[right] = left;
                }
            }
        }
    }
}
