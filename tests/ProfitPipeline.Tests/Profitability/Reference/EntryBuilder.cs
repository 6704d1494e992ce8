using System.Globalization;
using System.IO.Hashing;
using System.Text;
using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Tests.Profitability.Reference;

/// <summary>
/// Turns transactions into revenue and cost entries. Revenue: invoices minus credit notes (accrual) or matched receipts minus
/// refunds (cash). Costs: bills, expenses, reimbursements, bank debits and processor fees. A cost is direct when it resolves to a
/// customer (accepted tag, customer reference) or to a project (whose customer is the one its invoices go to, when that is a
/// single customer); otherwise it is overhead. Not costs: bank debits that refund a customer or pay a known bill (the bill
/// counts), rows whose category is in <see cref="ProfitabilityOptions.NonCostCategories"/>, fee rows repeating a payment's fee.
/// </summary>
internal sealed class EntryBuilder(ProfitabilityOptions options, CustomerResolver customers, ReconciliationResult reconciliation)
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
        var billNumbers = transactions.Where(t => t.Kind == TransactionKind.Bill)
            .Select(t => InvoiceReferences.Normalize(t.References.InvoiceNumber)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var claimants = transactions.Where(t => t.Kind == TransactionKind.Expense && !string.IsNullOrWhiteSpace(t.Employee))
            .Select(t => t.Employee!.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var feesBySource = reconciliation.Fees.ToLookup(f => f.SourceId);
        var cash = options.RevenueBasis == RevenueBasis.Cash;

        var entries = new List<LedgerEntry>(transactions.Count);
        foreach (var t in transactions)
        {
            switch (t.Kind)
            {
                case TransactionKind.Invoice or TransactionKind.CreditNote when !cash:
                    entries.Add(Entry(t, EntryRole.Revenue, customers.Resolve(t)?.Value, Attributes.Project(t), Attributes.Category(t), Attributes.DocumentAmount(t), t.BookingDate));
                    break;
                case TransactionKind.Bill or TransactionKind.Expense or TransactionKind.Reimbursement:
                    AddCost(entries, t, customers.Resolve(t), -Attributes.DocumentAmount(t), Attributes.Category(t));
                    break;
                case TransactionKind.BankDebit when !notCosts.Contains(t.Id) && !PaysKnownBill(t, billNumbers) && !ReimbursesClaims(t, claimants):
                    AddCost(entries, t, customers.Resolve(t), -t.Amount.Amount, Attributes.Category(t));
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
                            AddCost(entries, t, fee.Customer, -fee.Amount.Amount, Attributes.Category(t));
                        }
                    }

                    break;
                case TransactionKind.Payment or TransactionKind.BankCredit:
                    foreach (var fee in feesBySource[t.Id])
                    {
                        AddCost(entries, t, fee.Customer, -fee.Amount.Amount, ProcessorFees);
                    }

                    break;
            }
        }

        if (cash)
        {
            AddCashRevenue(entries, transactions);
        }

        return entries;
    }

    private void AddCashRevenue(List<LedgerEntry> entries, IReadOnlyList<LedgerTransaction> transactions)
    {
        var invoices = transactions.Where(t => t.Kind == TransactionKind.Invoice).ToDictionary(t => t.Id);
        var kinds = transactions.ToDictionary(t => t.Id, t => t.Kind);
        foreach (var allocation in reconciliation.Allocations)
        {
            var invoice = invoices[allocation.InvoiceId];
            entries.Add(Entry(
                allocation.PaymentId,
                kinds[allocation.PaymentId],
                EntryRole.Revenue,
                allocation.Customer?.Value,
                Attributes.Project(invoice),
                Attributes.Category(invoice),
                allocation.Amount.Amount,
                allocation.Date));
        }
    }

    private void AddCost(List<LedgerEntry> entries, LedgerTransaction t, CustomerId? customer, decimal cost, string category)
    {
        if (_nonCost.Contains(category))
        {
            return;
        }

        var project = Attributes.Project(t);
        var customerId = customer?.Value ?? (project is null ? null : _projectCustomer.GetValueOrDefault(project));
        var role = customerId is not null || project is not null ? EntryRole.DirectCost : EntryRole.Overhead;
        entries.Add(Entry(t, role, customerId, project, category, cost, t.BookingDate));
    }

    /// <summary>A project belongs to a customer when all of the project's invoices go to that one customer.</summary>
    private Dictionary<string, string> ProjectCustomers(IReadOnlyList<LedgerTransaction> transactions) =>
        transactions.Where(t => t.Kind == TransactionKind.Invoice)
            .Select(t => (Project: Attributes.Project(t), Customer: customers.Resolve(t)?.Value))
            .Where(p => p.Project is not null && p.Customer is not null)
            .GroupBy(p => p.Project!, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Customer).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Customer!, StringComparer.Ordinal);

    private static bool ReimbursesClaims(LedgerTransaction t, HashSet<string> claimants) =>
        t.Counterparty is not null && claimants.Contains(t.Counterparty.Trim()) && Attributes.Category(t) == "reimbursements";

    private static bool PaysKnownBill(LedgerTransaction t, HashSet<string> billNumbers) =>
        billNumbers.Count > 0 && InvoiceReferences.Keys(t.References, t.Description).Any(billNumbers.Contains);

    private static LedgerEntry Entry(LedgerTransaction t, EntryRole role, string? customer, string? project, string category, decimal amount, DateOnly date) =>
        Entry(t.Id, t.Kind, role, customer, project, category, amount, date);

    private static LedgerEntry Entry(
        TransactionId id, TransactionKind kind, EntryRole role, string? customer, string? project, string category, decimal amount, DateOnly date)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{id.Value}|{role}|{customer}|{project}|{category}|{amount:0.##########}|{date:yyyy-MM-dd}");
        return new LedgerEntry(id, kind, role, customer, project, category, amount, date, XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(text)));
    }
}
