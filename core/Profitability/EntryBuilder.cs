using ProfitPipeline.Ledger;
using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Profitability;

/// <summary>
/// Turns transactions into revenue and cost entries. Revenue: invoices minus credit notes (accrual) or matched receipts minus
/// refunds (cash). Costs: bills, expenses, reimbursements, bank debits and processor fees. A cost is direct when it resolves to a
/// customer (accepted tag, customer reference) or to a project (whose customer is the one its invoices go to, when that is a
/// single customer); otherwise it is overhead. Not costs: bank debits that refund a customer or settle what the ledger counts
/// already (<see cref="SettledDocuments"/>: a known bill, employees' expense claims), rows whose category is in <see cref="ProfitabilityOptions.NonCostCategories"/>, fee rows repeating a payment's fee.
/// </summary>
/// <param name="resolved">Each transaction's customer, by its position in the list <see cref="Build"/> is given.</param>
internal sealed class EntryBuilder(ProfitabilityOptions options, IReadOnlyList<CustomerId?> resolved, ReconciliationResult reconciliation)
{
    private const string ProcessorFees = "processor-fees";

    private readonly HashSet<string> _nonCost = options.NonCostCategories
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(c => c.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    private Dictionary<string, string> _projectCustomer = new(StringComparer.Ordinal);

    public List<LedgerEntry> Build(IReadOnlyList<LedgerTransaction> transactions, List<ExcludedTransaction> excluded)
    {
        _projectCustomer = ProjectCustomers(transactions);
        var notCosts = reconciliation.Allocations.Where(a => a.Amount.IsNegative).Select(a => a.PaymentId)
            .Concat(reconciliation.Overpayments.Where(o => o.Residual.IsNegative).Select(o => o.PaymentId))
            .Concat(reconciliation.Unmatched.Where(u => u.Kind == TransactionKind.BankDebit).Select(u => u.Id))
            .ToHashSet();
        var settled = new SettledDocuments(transactions);
        var feesBySource = reconciliation.Fees.ToLookup(f => f.SourceId);
        var cash = options.RevenueBasis == RevenueBasis.Cash;

        // Rows turn into entries independently: two halves on two cores, joined in order (entries stay in ordinal order).
        var half = transactions.Count / 2;
        var (first, firstExcluded) = (new List<LedgerEntry>(half + 16), new List<ExcludedTransaction>());
        var (second, secondExcluded) = (new List<LedgerEntry>(transactions.Count - half + 16), new List<ExcludedTransaction>());
        Parallel.Invoke(
            () => AddEntries(transactions, 0, half, first, firstExcluded, notCosts, settled, feesBySource, cash),
            () => AddEntries(transactions, half, transactions.Count, second, secondExcluded, notCosts, settled, feesBySource, cash));
        var entries = new List<LedgerEntry>(first.Count + second.Count);
        entries.AddRange(first);
        entries.AddRange(second);
        excluded.AddRange(firstExcluded);
        excluded.AddRange(secondExcluded);

        if (cash)
        {
            AddCashRevenue(entries, transactions);
        }

        return entries;
    }

    private void AddEntries(
        IReadOnlyList<LedgerTransaction> transactions,
        int from,
        int to,
        List<LedgerEntry> entries,
        List<ExcludedTransaction> excluded,
        HashSet<TransactionId> notCosts,
        SettledDocuments settled,
        ILookup<TransactionId, CustomerFee> feesBySource,
        bool cash)
    {
        for (var ordinal = from; ordinal < to; ordinal++)
        {
            var t = transactions[ordinal];
            switch (t.Kind)
            {
                case TransactionKind.Invoice or TransactionKind.CreditNote when !cash:
                    entries.Add(Entry(t, ordinal, EntryRole.Revenue, resolved[ordinal]?.Value, Attributes.Project(t), Attributes.Category(t), Attributes.DocumentAmount(t), t.BookingDate));
                    break;
                case TransactionKind.Bill or TransactionKind.Expense or TransactionKind.Reimbursement:
                    AddCost(entries, t, ordinal, resolved[ordinal], -Attributes.DocumentAmount(t), Attributes.Category(t));
                    break;
                case TransactionKind.BankDebit when !notCosts.Contains(t.Id) && !settled.Settles(t):
                    AddCost(entries, t, ordinal, resolved[ordinal], -t.Amount.Amount, Attributes.Category(t));
                    break;
                case TransactionKind.Fee:
                    foreach (var fee in feesBySource[t.Id])
                    {
                        if (fee.AlreadyCountedOnPayment)
                        {
                            excluded.Add(new ExcludedTransaction(t.Id, "fee already counted on its payment's fee column"));
                        }
                        else
                        {
                            AddCost(entries, t, ordinal, fee.Customer, -fee.Amount.Amount, Attributes.Category(t));
                        }
                    }

                    break;

                // A payment's own fee is its only fee (fee rows are fees of their own): without one, nothing to look up.
                case TransactionKind.Payment or TransactionKind.BankCredit when t.FeeAmount is { IsZero: false }:
                    foreach (var fee in feesBySource[t.Id])
                    {
                        AddCost(entries, t, ordinal, fee.Customer, -fee.Amount.Amount, ProcessorFees);
                    }

                    break;
            }
        }
    }

    private void AddCashRevenue(List<LedgerEntry> entries, IReadOnlyList<LedgerTransaction> transactions)
    {
        var invoices = transactions.Where(t => t.Kind == TransactionKind.Invoice).ToDictionary(t => t.Id);
        var positions = new Dictionary<TransactionId, (int Ordinal, TransactionKind Kind)>(transactions.Count);
        for (var ordinal = 0; ordinal < transactions.Count; ordinal++)
        {
            positions[transactions[ordinal].Id] = (ordinal, transactions[ordinal].Kind);
        }

        foreach (var allocation in reconciliation.Allocations)
        {
            var invoice = invoices[allocation.InvoiceId];
            var (ordinal, kind) = positions[allocation.PaymentId];
            entries.Add(Entry(
                allocation.PaymentId,
                ordinal,
                kind,
                EntryRole.Revenue,
                allocation.Customer?.Value,
                Attributes.Project(invoice),
                Attributes.Category(invoice),
                allocation.Amount.Amount,
                allocation.Date));
        }
    }

    private void AddCost(List<LedgerEntry> entries, LedgerTransaction t, int ordinal, CustomerId? customer, decimal cost, string category)
    {
        if (_nonCost.Contains(category))
        {
            return;
        }

        var project = Attributes.Project(t);
        var customerId = customer?.Value ?? (project is null ? null : _projectCustomer.GetValueOrDefault(project));
        var role = customerId is not null || project is not null ? EntryRole.DirectCost : EntryRole.Overhead;
        entries.Add(Entry(t, ordinal, role, customerId, project, category, cost, t.BookingDate));
    }

    /// <summary>A project belongs to a customer when all of the project's invoices go to that one customer.</summary>
    private Dictionary<string, string> ProjectCustomers(IReadOnlyList<LedgerTransaction> transactions)
    {
        // null: the project's invoices go to more than one customer.
        var customerOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var ordinal = 0; ordinal < transactions.Count; ordinal++)
        {
            var t = transactions[ordinal];
            if (t.Kind != TransactionKind.Invoice || resolved[ordinal]?.Value is not { } customer || Attributes.Project(t) is not { } project)
            {
                continue;
            }

            if (!customerOf.TryAdd(project, customer) && customerOf[project] is { } known && !string.Equals(known, customer, StringComparison.Ordinal))
            {
                customerOf[project] = null;
            }
        }

        var single = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (project, customer) in customerOf)
        {
            if (customer is not null)
            {
                single[project] = customer;
            }
        }

        return single;
    }

    private static LedgerEntry Entry(LedgerTransaction t, int ordinal, EntryRole role, string? customer, string? project, string category, decimal amount, DateOnly date) =>
        Entry(t.Id, ordinal, t.Kind, role, customer, project, category, amount, date);

    private static LedgerEntry Entry(
        TransactionId id, int ordinal, TransactionKind kind, EntryRole role, string? customer, string? project, string category, decimal amount, DateOnly date) =>
        new(id, ordinal, kind, role, customer, project, category, amount, date, EntryFingerprint.Of(id.Value, role, customer, project, category, amount, date));
}
