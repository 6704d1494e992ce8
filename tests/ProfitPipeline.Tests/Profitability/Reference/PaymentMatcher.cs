using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Tests.Profitability.Reference;

/// <summary>
/// Matches receipts and refunds to invoices and nets credit notes. First pass, in date order: credit notes, receipts and refunds
/// that name an invoice (number or structured reference, in their references or text). Second pass, in date order: the other
/// receipts by customer + amount within the window — one open invoice of exactly that amount, or the sum of all its open
/// invoices. Anything else is listed as unmatched with the reason. Input must be de-duplicated and of one currency.
/// </summary>
internal sealed class PaymentMatcher(ReconciliationOptions options)
{
    public ReconciliationResult Match(IReadOnlyList<LedgerTransaction> transactions, CustomerResolver customers, DateOnly asOf)
    {
        var run = new MatchRun(options, customers);
        return run.Execute(transactions, asOf);
    }

    private sealed class MatchRun(ReconciliationOptions options, CustomerResolver customers)
    {
        private readonly Dictionary<string, List<OpenInvoice>> _invoicesByKey = new(StringComparer.Ordinal);
        private readonly Dictionary<TransactionId, OpenInvoice> _invoicesById = [];
        private readonly Dictionary<CustomerId, List<OpenInvoice>> _invoicesByCustomer = [];
        private readonly Dictionary<string, OpenInvoice> _invoiceByCreditNoteNumber = new(StringComparer.Ordinal);
        private readonly HashSet<string> _creditNoteNumbers = new(StringComparer.Ordinal);
        private readonly List<(LedgerTransaction CreditNote, OpenInvoice Invoice)> _appliedCreditNotes = [];
        private readonly List<PaymentAllocation> _allocations = [];
        private readonly List<CreditNoteApplication> _credits = [];
        private readonly List<Overpayment> _overpayments = [];
        private readonly List<UnmatchedItem> _unmatched = [];
        private readonly List<ReceiptFromNoCustomer> _fromNoCustomer = [];

        public ReconciliationResult Execute(IReadOnlyList<LedgerTransaction> transactions, DateOnly asOf)
        {
            // Ordered by id once, so every later sort need only be stable by date to be deterministic.
            transactions = IsOrderedById(transactions) ? transactions : transactions.OrderBy(t => t.Id.Value, StringComparer.Ordinal).ToList();
            foreach (var invoice in Chronological(transactions.Where(t => t.Kind == TransactionKind.Invoice)))
            {
                Register(invoice);
            }

            foreach (var creditNote in transactions.Where(t => t.Kind == TransactionKind.CreditNote))
            {
                if (InvoiceReferences.Normalize(creditNote.References.InvoiceNumber) is { } number)
                {
                    _creditNoteNumbers.Add(number);
                }
            }

            var unreferenced = new List<LedgerTransaction>();
            foreach (var item in FirstPassOrder(transactions))
            {
                switch (item.Kind)
                {
                    case TransactionKind.CreditNote:
                        ApplyCreditNote(item);
                        break;
                    case TransactionKind.BankCredit or TransactionKind.Payment when ReceiptFromNoCustomer.Applies(item):
                        _fromNoCustomer.Add(ReceiptFromNoCustomer.Of(item));
                        break;
                    case TransactionKind.BankCredit or TransactionKind.Payment when item.Amount.Amount > 0m:
                        if (!MatchByReference(item))
                        {
                            unreferenced.Add(item);
                        }

                        break;
                    default:
                        ApplyRefund(item);
                        break;
                }
            }

            foreach (var receipt in unreferenced)
            {
                MatchByAmount(receipt);
            }

            var fees = new FeeAttribution(customers, _allocations, _invoicesById).Attribute(transactions);
            var tolerance = options.AmountTolerance;
            return new ReconciliationResult(
                _invoicesById.Values.Select(i => i.Settle(asOf, tolerance)).OrderBy(s => s.IssueDate).ToList(),
                _allocations.OrderBy(a => a.Date).ThenBy(a => a.PaymentId.Value, StringComparer.Ordinal)
                    .ThenBy(a => a.InvoiceId.Value, StringComparer.Ordinal).ToList(),
                _credits,
                _overpayments,
                fees,
                _unmatched.OrderBy(u => u.Date).ThenBy(u => u.Id.Value, StringComparer.Ordinal).ToList(),
                _fromNoCustomer.OrderBy(r => r.Date).ThenBy(r => r.Id.Value, StringComparer.Ordinal).ToList());
        }

        private static IEnumerable<LedgerTransaction> Chronological(IEnumerable<LedgerTransaction> items) => items.OrderBy(t => t.BookingDate);

        private static bool IsOrderedById(IReadOnlyList<LedgerTransaction> items)
        {
            for (var i = 1; i < items.Count; i++)
            {
                if (string.CompareOrdinal(items[i - 1].Id.Value, items[i].Id.Value) > 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Credit notes first on a day, then receipts, then refunds, so a same-day refund sees the credit it repays.</summary>
        private IEnumerable<LedgerTransaction> FirstPassOrder(IReadOnlyList<LedgerTransaction> transactions) =>
            transactions
                .Where(t => t.Kind == TransactionKind.CreditNote
                    || (t.Kind is TransactionKind.BankCredit or TransactionKind.Payment && t.Amount.Amount > 0m)
                    || (t.Kind == TransactionKind.Payment && t.Amount.Amount < 0m)
                    || (t.Kind == TransactionKind.BankDebit && NamesInvoiceOrCreditNote(t)))
                .OrderBy(t => t.BookingDate)
                .ThenBy(t => t.Kind == TransactionKind.CreditNote ? 0 : t.Amount.Amount > 0m ? 1 : 2);

        private void Register(LedgerTransaction invoice)
        {
            var due = invoice.DueDate ?? invoice.BookingDate.AddDays(options.DefaultPaymentTermsDays);
            var open = new OpenInvoice(invoice, customers.Resolve(invoice), due);
            _invoicesById[invoice.Id] = open;
            if (open.Customer is { } customer)
            {
                if (!_invoicesByCustomer.TryGetValue(customer, out var ofCustomer))
                {
                    _invoicesByCustomer[customer] = ofCustomer = [];
                }

                ofCustomer.Add(open);
            }

            foreach (var key in new[] { invoice.References.InvoiceNumber ?? invoice.References.BankId, invoice.References.PaymentReference })
            {
                if (InvoiceReferences.Normalize(key) is { } normalized)
                {
                    if (!_invoicesByKey.TryGetValue(normalized, out var list))
                    {
                        _invoicesByKey[normalized] = list = [];
                    }

                    if (!list.Contains(open))
                    {
                        list.Add(open);
                    }
                }
            }
        }

        private bool NamesInvoiceOrCreditNote(LedgerTransaction t) =>
            InvoiceReferences.Keys(t.References, t.Description).Any(k => _invoicesByKey.ContainsKey(k) || _creditNoteNumbers.Contains(k));

        /// <summary>The invoices a row names; null when a named key is shared by several invoices (ambiguous).</summary>
        private List<OpenInvoice>? NamedInvoices(LedgerTransaction t, bool includeOwnNumber, out List<OpenInvoice> ambiguous)
        {
            var found = new List<OpenInvoice>();
            ambiguous = [];
            var ownNumber = includeOwnNumber ? null : InvoiceReferences.Normalize(t.References.InvoiceNumber);
            foreach (var key in InvoiceReferences.Keys(t.References, t.Description, includeOwnNumber))
            {
                if (key == ownNumber || !_invoicesByKey.TryGetValue(key, out var invoices))
                {
                    continue;
                }

                if (invoices.Count > 1)
                {
                    ambiguous.AddRange(invoices);
                }
                else if (!found.Contains(invoices[0]))
                {
                    found.Add(invoices[0]);
                }
            }

            return ambiguous.Count > 0 ? null : found;
        }

        private void ApplyCreditNote(LedgerTransaction creditNote)
        {
            var named = NamedInvoices(creditNote, includeOwnNumber: false, out var ambiguous);
            if (named is not { Count: 1 })
            {
                var reason = named is null ? UnmatchedReason.AmbiguousCandidates : UnmatchedReason.CreditNoteWithoutInvoice;
                Unmatched(creditNote, reason, named is null ? ambiguous : named);
                return;
            }

            var invoice = named[0];
            var amount = Math.Abs(creditNote.Amount.Amount);
            invoice.ApplyCredit(creditNote.Id, creditNote.BookingDate, amount);
            _credits.Add(new CreditNoteApplication(creditNote.Id, invoice.Transaction.Id, creditNote.Amount with { Amount = amount }, creditNote.BookingDate));
            _appliedCreditNotes.Add((creditNote, invoice));
            if (InvoiceReferences.Normalize(creditNote.References.InvoiceNumber) is { } number)
            {
                _invoiceByCreditNoteNumber.TryAdd(number, invoice);
            }
        }

        private bool MatchByReference(LedgerTransaction receipt)
        {
            var named = NamedInvoices(receipt, includeOwnNumber: true, out var ambiguous);
            if (named is null)
            {
                Unmatched(receipt, UnmatchedReason.AmbiguousCandidates, ambiguous);
                return true;
            }

            if (named.Count == 0)
            {
                return false;
            }

            var open = named.Where(i => i.Outstanding > options.AmountTolerance)
                .OrderBy(i => i.Transaction.BookingDate).ThenBy(i => i.Transaction.Id.Value, StringComparer.Ordinal).ToList();
            if (open.Count == 0)
            {
                Unmatched(receipt, UnmatchedReason.AlreadySettled, named);
                return true;
            }

            Allocate(receipt, open, MatchMethod.Reference);
            return true;
        }

        private void MatchByAmount(LedgerTransaction receipt)
        {
            if (customers.Resolve(receipt) is not { } customer)
            {
                Unmatched(receipt, UnmatchedReason.NoCustomer, []);
                return;
            }

            var day = receipt.BookingDate.DayNumber;
            var candidates = _invoicesByCustomer.GetValueOrDefault(customer, [])
                .Where(i => i.Outstanding > options.AmountTolerance)
                .Where(i => day - i.Transaction.BookingDate.DayNumber is var age && age >= options.MatchWindowMinDays && age <= options.MatchWindowMaxDays)
                .OrderBy(i => i.Transaction.BookingDate).ThenBy(i => i.Transaction.Id.Value, StringComparer.Ordinal)
                .ToList();
            var amount = receipt.Amount.Amount;
            var exact = candidates.Where(i => Same(i.Outstanding, amount)).ToList();
            if (candidates.Count == 0)
            {
                Unmatched(receipt, UnmatchedReason.NoCandidate, []);
            }
            else if (exact.Count == 1)
            {
                Allocate(receipt, exact, MatchMethod.AmountAndCustomer);
            }
            else if (exact.Count > 1)
            {
                Unmatched(receipt, UnmatchedReason.AmbiguousCandidates, exact);
            }
            else if (candidates.Count > 1 && Same(candidates.Sum(i => i.Outstanding), amount))
            {
                Allocate(receipt, candidates, MatchMethod.SumOfOpenInvoices);
            }
            else
            {
                Unmatched(receipt, UnmatchedReason.AmountMismatch, candidates);
            }
        }

        /// <summary>Pays the invoices oldest first, each up to what it still asks; what is left over is an overpayment.</summary>
        private void Allocate(LedgerTransaction receipt, List<OpenInvoice> invoices, MatchMethod method)
        {
            var remaining = receipt.Amount.Amount;
            foreach (var invoice in invoices)
            {
                var share = Math.Min(remaining, Math.Max(0m, invoice.Outstanding));
                if (share <= 0m)
                {
                    continue;
                }

                invoice.ApplyPayment(receipt.Id, receipt.BookingDate, share);
                _allocations.Add(new PaymentAllocation(receipt.Id, invoice.Transaction.Id, invoice.Customer, receipt.Amount with { Amount = share }, receipt.BookingDate, method));
                remaining -= share;
            }

            if (remaining > 0m)
            {
                var last = invoices[^1];
                last.OverpaidResidual += remaining;
                _overpayments.Add(new Overpayment(receipt.Id, last.Customer ?? customers.Resolve(receipt), receipt.Amount with { Amount = remaining }, receipt.BookingDate));
            }
        }

        private void ApplyRefund(LedgerTransaction refund)
        {
            var named = NamedInvoices(refund, includeOwnNumber: true, out var ambiguous);
            var viaCreditNote = InvoiceReferences.Keys(refund.References, refund.Description)
                .Select(k => _invoiceByCreditNoteNumber.GetValueOrDefault(k)).OfType<OpenInvoice>().Distinct().ToList();
            var method = MatchMethod.Reference;
            var targets = named is null ? null : named.Union(viaCreditNote).ToList();
            if (targets is { Count: 0 } && customers.Resolve(refund) is { } customer)
            {
                // No reference: a credit note of the same customer and the same amount identifies the invoice, when there is exactly one.
                targets = _appliedCreditNotes
                    .Where(c => c.Invoice.Customer == customer && Same(Math.Abs(c.CreditNote.Amount.Amount), Math.Abs(refund.Amount.Amount)))
                    .Select(c => c.Invoice).Distinct().ToList();
                method = MatchMethod.CreditNote;
            }

            if (targets is not { Count: 1 })
            {
                var reason = targets is null || targets.Count > 1 ? UnmatchedReason.AmbiguousCandidates : UnmatchedReason.RefundWithoutInvoice;
                Unmatched(refund, reason, targets ?? ambiguous);
                return;
            }

            var invoice = targets[0];
            var magnitude = Math.Abs(refund.Amount.Amount);
            var fromResidual = Math.Min(magnitude, invoice.OverpaidResidual);
            if (fromResidual > 0m)
            {
                invoice.OverpaidResidual -= fromResidual;
                _overpayments.Add(new Overpayment(refund.Id, invoice.Customer, refund.Amount with { Amount = -fromResidual }, refund.BookingDate));
            }

            var fromInvoice = magnitude - fromResidual;
            if (fromInvoice > 0m)
            {
                invoice.ApplyPayment(refund.Id, refund.BookingDate, -fromInvoice);
                _allocations.Add(new PaymentAllocation(refund.Id, invoice.Transaction.Id, invoice.Customer, refund.Amount with { Amount = -fromInvoice }, refund.BookingDate, method));
            }
        }

        private bool Same(decimal left, decimal right) => Math.Abs(left - right) <= options.AmountTolerance;

        private void Unmatched(LedgerTransaction item, UnmatchedReason reason, IEnumerable<OpenInvoice> candidates) =>
            _unmatched.Add(new UnmatchedItem(item.Id, item.Kind, item.Amount, item.BookingDate, reason,
                candidates.Select(c => c.Transaction.Id).Distinct().OrderBy(i => i.Value, StringComparer.Ordinal).ToList()));
    }
}
