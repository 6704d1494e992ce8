using System.Runtime.InteropServices;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Reconciliation;

/// <summary>
/// Matches receipts and refunds to invoices and nets credit notes. First pass, in date order: credit notes, receipts and refunds
/// that name an invoice (number or structured reference, in their references or text). Second pass, in date order: the other
/// receipts by customer + amount within the window — one open invoice of exactly that amount, or the sum of all its open
/// invoices. Anything else is listed as unmatched with the reason. Input must be de-duplicated and of one currency.
/// </summary>
internal sealed class PaymentMatcher(ReconciliationOptions options)
{
    /// <param name="resolved">Each transaction's customer by position, when the caller resolved them already.</param>
    public ReconciliationResult Match(
        IReadOnlyList<LedgerTransaction> transactions, CustomerResolver customers, DateOnly asOf, IReadOnlyList<CustomerId?>? resolved = null)
    {
        var run = new MatchRun(options, customers);
        return run.Execute(transactions, asOf, resolved);
    }

    private sealed class MatchRun(ReconciliationOptions options, CustomerResolver customers)
    {
        /// <summary>The ambiguous candidates of a row that names none ambiguously; never added to.</summary>
        private static readonly List<OpenInvoice> NoInvoices = [];

        private readonly Dictionary<string, KeyedInvoices> _invoicesByKey = new(StringComparer.Ordinal);
        /// <summary>The open invoices in registration (date, id) order; by id only when the ledger repeats ids.</summary>
        private readonly List<OpenInvoice> _registered = [];
        private readonly Dictionary<TransactionId, int> _registeredAt = [];
        private readonly Dictionary<CustomerId, List<OpenInvoice>> _invoicesByCustomer = [];
        private readonly Dictionary<string, OpenInvoice> _invoiceByCreditNoteNumber = new(StringComparer.Ordinal);
        private readonly HashSet<string> _creditNoteNumbers = new(StringComparer.Ordinal);
        private readonly List<(LedgerTransaction CreditNote, OpenInvoice Invoice)> _appliedCreditNotes = [];
        private readonly MatchRecords _records = new();
        private readonly List<OpenInvoice> _found = [];
        /// <summary>Each row's invoice keys (<see cref="InvoiceReferences.Keys"/>) by position, read ahead for the rows that name invoices.</summary>
        private List<string>?[] _rowKeys = [];
        private IReadOnlyList<LedgerTransaction> _transactions = [];
        private IReadOnlyList<CustomerId?>? _resolved;
        private int[]? _idRanks;
        private readonly List<CreditNoteApplication> _credits = [];

        public ReconciliationResult Execute(IReadOnlyList<LedgerTransaction> transactions, DateOnly asOf, IReadOnlyList<CustomerId?>? resolved)
        {
            // Ordered by id once, so every later sort need only be stable by date to be deterministic.
            var order = IdOrder(transactions);
            if (order == IdOrdering.Unordered)
            {
                transactions = transactions.OrderBy(t => t.Id.Value, StringComparer.Ordinal).ToList();
                resolved = null;
                order = IdOrdering.Ascending;
            }

            _transactions = transactions;
            _resolved = resolved;
            _idRanks = order == IdOrdering.StrictlyAscending ? null : IdRanks(transactions);

            // One pass over the ledger: the invoices (keyed by date for the stable sort), the credit notes' numbers, and the rows
            // the first pass may take; bank debits among those are kept only once the invoice keys are known.
            var invoiceKeys = new List<long>();
            var firstPass = new List<long>();
            var debits = new List<int>();
            var paying = new List<int>();
            var feeRows = new List<int>();
            var fromNoCustomer = new List<ReceiptFromNoCustomer>();
            for (var i = 0; i < transactions.Count; i++)
            {
                var t = transactions[i];
                if (t.Kind is TransactionKind.Payment or TransactionKind.BankCredit)
                {
                    paying.Add(i);
                }
                else if (t.Kind == TransactionKind.Fee)
                {
                    feeRows.Add(i);
                }

                switch (t.Kind)
                {
                    case TransactionKind.Invoice:
                        invoiceKeys.Add(StableDayOrder.Key(t.BookingDate.DayNumber, i));
                        break;
                    case TransactionKind.CreditNote:
                        if (InvoiceReferences.Normalize(t.References.InvoiceNumber) is { } number)
                        {
                            _creditNoteNumbers.Add(number);
                        }

                        firstPass.Add(FirstPassKey(t, i));
                        break;
                    case TransactionKind.BankCredit or TransactionKind.Payment when ReceiptFromNoCustomer.Applies(t):
                        fromNoCustomer.Add(ReceiptFromNoCustomer.Of(t));
                        break;
                    case TransactionKind.BankCredit or TransactionKind.Payment when t.Amount.Amount > 0m:
                    case TransactionKind.Payment when t.Amount.Amount < 0m:
                        firstPass.Add(FirstPassKey(t, i));
                        break;
                    case TransactionKind.BankDebit when !InvoiceReferences.CertainlyNone(t.References, t.Description):
                        debits.Add(i);
                        break;
                }
            }

            // Stable by date over id order: each customer's invoice list ends up in (date, id) order, the candidates' order.
            // Reading rows' keys (splitting their text) depends on nothing else: one core reads them while the other registers.
            // Each invoice's open state and keys are prepared on both cores (reading the ledger rows, the slow part), then registered
            // in that order on one. Reading rows' keys (splitting their text) depends on nothing else and runs beside them.
            var invoiceArray = invoiceKeys.ToArray();
            var registration = StableDayOrder.Positions(invoiceArray, invoiceArray.Length);
            var prepared = new PreparedInvoice[registration.Length];
            var half = registration.Length / 2;
            _rowKeys = new List<string>?[transactions.Count];
            Parallel.Invoke(
                () => Prepare(registration, prepared, 0, half),
                () => Prepare(registration, prepared, half, registration.Length),
                () => ReadKeysAhead(firstPass, debits));

            // The registers by position and customer and the register by key are built from the same order independently.
            Parallel.Invoke(() => RegisterByCustomer(prepared), () => RegisterByKey(prepared));

            foreach (var i in debits)
            {
                if (NamesInvoiceOrCreditNote(transactions[i], i))
                {
                    firstPass.Add(FirstPassKey(transactions[i], i));
                }
            }

            // Credit notes first on a day, then receipts, then refunds, so a same-day refund sees the credit it repays.
            var unreferenced = new List<int>();
            var firstPassArray = firstPass.ToArray();
            foreach (var i in StableDayOrder.Positions(firstPassArray, firstPassArray.Length))
            {
                var item = transactions[i];
                switch (item.Kind)
                {
                    case TransactionKind.CreditNote:
                        ApplyCreditNote(item, i);
                        break;
                    case TransactionKind.BankCredit or TransactionKind.Payment when item.Amount.Amount > 0m:
                        if (!MatchByReference(item, i))
                        {
                            unreferenced.Add(i);
                        }

                        break;
                    default:
                        ApplyRefund(item, i);
                        break;
                }
            }

            MatchByAmount(unreferenced);

            // Matching is done; what is left only reads its state: fees, the allocations' order and each invoice's settlement.
            List<CustomerFee>? fees = null;
            List<PaymentAllocation>? allocations = null;
            var settledArray = new InvoiceSettlement[_registered.Count];
            var settledHalf = settledArray.Length / 2;
            Parallel.Invoke(
                () =>
                {
                    var firstCustomer = FirstCustomerOfPayments();
                    fees = new FeeAttribution(customers, _registered, position => firstCustomer[IdRank(position)]).Attribute(transactions, paying, feeRows);
                    allocations = AllocationsInOrder();
                },
                () => Settle(settledArray, 0, settledHalf, asOf),
                () => Settle(settledArray, settledHalf, settledArray.Length, asOf));
            var settled = new List<InvoiceSettlement>(settledArray);

            return new ReconciliationResult(
                IsOrderedByIssueDate(settled) ? settled : settled.OrderBy(s => s.IssueDate).ToList(),
                allocations!,
                _credits,
                _records.Overpayments,
                fees!,
                _records.Unmatched.OrderBy(u => u.Date).ThenBy(u => u.Id.Value, StringComparer.Ordinal).ToList(),
                fromNoCustomer.OrderBy(r => r.Date).ThenBy(r => r.Id.Value, StringComparer.Ordinal).ToList());
        }

        private void Settle(InvoiceSettlement[] settled, int from, int to, DateOnly asOf)
        {
            for (var i = from; i < to; i++)
            {
                settled[i] = _registered[i].Settle(asOf, options.AmountTolerance);
            }
        }

        /// <summary>A row's first-pass key: its day, then credit notes (0) before receipts (1) before refunds (2), then id order.</summary>
        private static long FirstPassKey(LedgerTransaction t, int position) =>
            StableDayOrder.Key(t.BookingDate.DayNumber, position, t.Kind == TransactionKind.CreditNote ? 0 : t.Amount.Amount > 0m ? 1 : 2);

        /// <summary>Each row's place in id order, equal ids sharing the first one's: comparing these compares the ids ordinally.</summary>
        private static int[]? IdRanks(IReadOnlyList<LedgerTransaction> ordered)
        {
            int[]? ranks = null;
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i - 1].Id.Value == ordered[i].Id.Value)
                {
                    ranks ??= [.. Enumerable.Range(0, ordered.Count)];
                    ranks[i] = ranks[i - 1];
                }
            }

            return ranks;
        }

        private int IdRank(int position) => _idRanks is null ? position : _idRanks[position];

        private CustomerId? CustomerAt(int position) => _resolved is null ? customers.Resolve(_transactions[position]) : _resolved[position];

        /// <summary>The first allocation's customer of each paying row, by id rank (what a dictionary by payment id would hold).</summary>
        private CustomerId?[] FirstCustomerOfPayments()
        {
            var first = new CustomerId?[_transactions.Count];
            for (var a = 0; a < _records.Allocations.Count; a++)
            {
                var rank = _records.AllocationKeys[a].PaymentRank;
                if (_records.Allocations[a].Customer is { } customer && first[rank] is null)
                {
                    first[rank] = customer;
                }
            }

            return first;
        }

        /// <summary>The allocations by date, payment id, invoice id (ids compared by rank); equal keys keep the order they were made in.</summary>
        private List<PaymentAllocation> AllocationsInOrder()
        {
            var keys = _records.AllocationKeys.ToArray();
            Array.Sort(keys, static (left, right) =>
            {
                var c = left.Day.CompareTo(right.Day);
                c = c != 0 ? c : left.PaymentRank.CompareTo(right.PaymentRank);
                c = c != 0 ? c : left.InvoiceRank.CompareTo(right.InvoiceRank);
                return c != 0 ? c : left.Sequence.CompareTo(right.Sequence);
            });
            var ordered = new List<PaymentAllocation>(keys.Length);
            foreach (var key in keys)
            {
                ordered.Add(_records.Allocations[key.Sequence]);
            }

            return ordered;
        }

        private void AddAllocation(MatchRecords records, PaymentAllocation allocation, int paymentPosition, OpenInvoice invoice) =>
            records.AddAllocation(allocation, new AllocationKey(allocation.Date.DayNumber, IdRank(paymentPosition), invoice.IdRank, 0));

        private static bool IsOrderedByIssueDate(List<InvoiceSettlement> settled)
        {
            for (var i = 1; i < settled.Count; i++)
            {
                if (settled[i - 1].IssueDate > settled[i].IssueDate)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>How the rows' ids are ordered, in one comparison per pair: the usual input (the store's, the engine's) has
        /// unique ascending ids, which need neither a sort nor ranks.</summary>
        private static IdOrdering IdOrder(IReadOnlyList<LedgerTransaction> items)
        {
            var order = IdOrdering.StrictlyAscending;
            for (var i = 1; i < items.Count; i++)
            {
                var c = string.CompareOrdinal(items[i - 1].Id.Value, items[i].Id.Value);
                if (c > 0)
                {
                    return IdOrdering.Unordered;
                }

                if (c == 0)
                {
                    order = IdOrdering.Ascending;
                }
            }

            return order;
        }

        private void Prepare(int[] registration, PreparedInvoice[] prepared, int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                var position = registration[k];
                var invoice = _transactions[position];
                var due = invoice.DueDate ?? invoice.BookingDate.AddDays(options.DefaultPaymentTermsDays);
                prepared[k] = new PreparedInvoice(
                    new OpenInvoice(invoice, CustomerAt(position), due, IdRank(position)),
                    InvoiceReferences.Normalize(invoice.References.InvoiceNumber ?? invoice.References.BankId),
                    InvoiceReferences.Normalize(invoice.References.PaymentReference));
            }
        }

        private void RegisterByCustomer(PreparedInvoice[] prepared)
        {
            _registered.EnsureCapacity(prepared.Length);
            foreach (var (open, _, _) in prepared)
            {
                // A later invoice with an id already registered takes its place among the settled (as a dictionary by id would).
                if (_idRanks is not null && _registeredAt.TryGetValue(open.Transaction.Id, out var slot))
                {
                    _registered[slot] = open;
                }
                else
                {
                    if (_idRanks is not null)
                    {
                        _registeredAt[open.Transaction.Id] = _registered.Count;
                    }

                    _registered.Add(open);
                }

                if (open.Customer is { } customer)
                {
                    if (!_invoicesByCustomer.TryGetValue(customer, out var ofCustomer))
                    {
                        _invoicesByCustomer[customer] = ofCustomer = [];
                    }

                    ofCustomer.Add(open);
                }
            }
        }

        private void RegisterByKey(PreparedInvoice[] prepared)
        {
            _invoicesByKey.EnsureCapacity(prepared.Length);
            foreach (var (open, numberKey, referenceKey) in prepared)
            {
                AddKey(numberKey, open);
                AddKey(referenceKey, open);
            }
        }

        private void AddKey(string? normalized, OpenInvoice open)
        {
            if (normalized is null)
            {
                return;
            }

            ref var keyed = ref CollectionsMarshal.GetValueRefOrAddDefault(_invoicesByKey, normalized, out var exists);
            if (!exists)
            {
                keyed = new KeyedInvoices(open, null);
            }
            else if (keyed.First != open && keyed.Shared?.Contains(open) != true)
            {
                keyed = keyed with { Shared = keyed.Shared ?? [keyed.First] };
                keyed.Shared!.Add(open);
            }
        }

        private bool NamesInvoiceOrCreditNote(LedgerTransaction t, int position)
        {
            if (InvoiceReferences.CertainlyNone(t.References, t.Description))
            {
                return false;
            }

            foreach (var k in KeysAt(position))
            {
                if (_invoicesByKey.ContainsKey(k) || _creditNoteNumbers.Contains(k))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The keys of the first-pass rows and of the bank debits that may name an invoice, read into <see cref="_rowKeys"/>.</summary>
        private void ReadKeysAhead(List<long> firstPass, List<int> debits)
        {
            foreach (var key in firstPass)
            {
                var position = (int)(key & uint.MaxValue);
                _rowKeys[position] = InvoiceReferences.Keys(_transactions[position].References, _transactions[position].Description);
            }

            foreach (var position in debits)
            {
                _rowKeys[position] = InvoiceReferences.Keys(_transactions[position].References, _transactions[position].Description);
            }
        }

        /// <summary>The row's invoice keys, own invoice number included: read ahead, or read now.</summary>
        private List<string> KeysAt(int position) =>
            _rowKeys[position] ??= InvoiceReferences.Keys(_transactions[position].References, _transactions[position].Description);

        /// <summary>
        /// The invoices a row names; null when a named key is shared by several invoices (ambiguous). The list returned is reused
        /// by the next call: callers read it or copy it, never keep it.
        /// </summary>
        private List<OpenInvoice>? NamedInvoices(LedgerTransaction t, int position, bool includeOwnNumber, out List<OpenInvoice> ambiguous)
        {
            var found = _found;
            found.Clear();
            List<OpenInvoice>? shared = null;
            var ownNumber = includeOwnNumber ? null : InvoiceReferences.Normalize(t.References.InvoiceNumber);
            // Without its own number, a row's keys are all of them but those equal to that number (which this skips).
            foreach (var key in KeysAt(position))
            {
                if (key == ownNumber || !_invoicesByKey.TryGetValue(key, out var invoices))
                {
                    continue;
                }

                if (invoices.Shared is { } all)
                {
                    (shared ??= []).AddRange(all);
                }
                else if (!found.Contains(invoices.First))
                {
                    found.Add(invoices.First);
                }
            }

            ambiguous = shared ?? NoInvoices;
            return shared is not null ? null : found;
        }

        private void ApplyCreditNote(LedgerTransaction creditNote, int position)
        {
            var named = NamedInvoices(creditNote, position, includeOwnNumber: false, out var ambiguous);
            if (named is not { Count: 1 })
            {
                var reason = named is null ? UnmatchedReason.AmbiguousCandidates : UnmatchedReason.CreditNoteWithoutInvoice;
                Unmatched(_records, creditNote, reason, named is null ? ambiguous : named);
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

        private bool MatchByReference(LedgerTransaction receipt, int position)
        {
            var named = NamedInvoices(receipt, position, includeOwnNumber: true, out var ambiguous);
            if (named is null)
            {
                Unmatched(_records, receipt, UnmatchedReason.AmbiguousCandidates, ambiguous);
                return true;
            }

            if (named.Count == 0)
            {
                return false;
            }

            var open = named.Count == 1
                ? (named[0].Outstanding > options.AmountTolerance ? named : [])
                : named.Where(i => i.Outstanding > options.AmountTolerance)
                    .OrderBy(i => i.Transaction.BookingDate).ThenBy(i => i.Transaction.Id.Value, StringComparer.Ordinal).ToList();
            if (open.Count == 0)
            {
                Unmatched(_records, receipt, UnmatchedReason.AlreadySettled, named);
                return true;
            }

            Allocate(_records, receipt, position, open, MatchMethod.Reference);
            return true;
        }

        /// <summary>
        /// Matches each receipt by amount, in order. A receipt reads and pays only its own customer's invoices, so the customers are
        /// split in two and matched on two cores; each half's records are then taken back in the receipts' order, exactly as one
        /// pass in that order would have made them.
        /// </summary>
        private void MatchByAmount(List<int> receipts)
        {
            var halfOf = new int[receipts.Count];
            for (var k = 0; k < receipts.Count; k++)
            {
                halfOf[k] = CustomerAt(receipts[k]) is { } customer ? customer.GetHashCode() & 1 : 0;
            }

            MatchRecords[] halves = [new(), new()];
            Parallel.For(0, halves.Length, h =>
            {
                for (var k = 0; k < receipts.Count; k++)
                {
                    if (halfOf[k] == h)
                    {
                        MatchByAmount(halves[h], _transactions[receipts[k]], receipts[k]);
                        halves[h].EndReceipt();
                    }
                }
            });

            var taken = new MatchRecords.Counts[halves.Length];
            var receiptsTaken = new int[halves.Length];
            for (var k = 0; k < receipts.Count; k++)
            {
                var half = halves[halfOf[k]];
                var end = half.ReceiptEnds[receiptsTaken[halfOf[k]]++];
                _records.TakeFrom(half, taken[halfOf[k]], end);
                taken[halfOf[k]] = end;
            }
        }

        private void MatchByAmount(MatchRecords records, LedgerTransaction receipt, int position)
        {
            if (CustomerAt(position) is not { } customer)
            {
                Unmatched(records, receipt, UnmatchedReason.NoCustomer, []);
                return;
            }

            // The customer's list is already in (issue date, id) order, so the candidates need no sort, and those issued within
            // the window are one run of it: found by binary search rather than by looking at every invoice of the customer.
            var day = receipt.BookingDate.DayNumber;
            var amount = receipt.Amount.Amount;
            var candidates = records.Candidates;
            var exact = records.Exact;
            candidates.Clear();
            exact.Clear();
            var ofCustomer = _invoicesByCustomer.GetValueOrDefault(customer) ?? [];
            var latestIssue = day - options.MatchWindowMinDays;
            for (var i = FirstIssuedOnOrAfter(ofCustomer, day - options.MatchWindowMaxDays); i < ofCustomer.Count; i++)
            {
                var invoice = ofCustomer[i];
                if (invoice.IssueDay > latestIssue)
                {
                    break;
                }

                if (invoice.Outstanding > options.AmountTolerance)
                {
                    candidates.Add(invoice);
                    if (Same(invoice.Outstanding, amount))
                    {
                        exact.Add(invoice);
                    }
                }
            }

            if (candidates.Count == 0)
            {
                Unmatched(records, receipt, UnmatchedReason.NoCandidate, []);
            }
            else if (exact.Count == 1)
            {
                Allocate(records, receipt, position, exact, MatchMethod.AmountAndCustomer);
            }
            else if (exact.Count > 1)
            {
                Unmatched(records, receipt, UnmatchedReason.AmbiguousCandidates, exact);
            }
            else if (candidates.Count > 1 && Same(candidates.Sum(i => i.Outstanding), amount))
            {
                Allocate(records, receipt, position, candidates, MatchMethod.SumOfOpenInvoices);
            }
            else
            {
                Unmatched(records, receipt, UnmatchedReason.AmountMismatch, candidates);
            }
        }

        /// <summary>The index of the first invoice of <paramref name="invoices"/> (in issue-date order) issued on or after <paramref name="dayNumber"/>.</summary>
        private static int FirstIssuedOnOrAfter(List<OpenInvoice> invoices, int dayNumber)
        {
            int low = 0, high = invoices.Count;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (invoices[middle].IssueDay < dayNumber)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        /// <summary>Pays the invoices oldest first, each up to what it still asks; what is left over is an overpayment.</summary>
        private void Allocate(MatchRecords records, LedgerTransaction receipt, int position, List<OpenInvoice> invoices, MatchMethod method)
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
                AddAllocation(records, new PaymentAllocation(receipt.Id, invoice.Transaction.Id, invoice.Customer, receipt.Amount with { Amount = share }, receipt.BookingDate, method), position, invoice);
                remaining -= share;
            }

            if (remaining > 0m)
            {
                var last = invoices[^1];
                last.OverpaidResidual += remaining;
                records.Overpayments.Add(new Overpayment(receipt.Id, last.Customer ?? CustomerAt(position), receipt.Amount with { Amount = remaining }, receipt.BookingDate));
            }
        }

        private void ApplyRefund(LedgerTransaction refund, int position)
        {
            var named = NamedInvoices(refund, position, includeOwnNumber: true, out var ambiguous);
            var viaCreditNote = KeysAt(position)
                .Select(k => _invoiceByCreditNoteNumber.GetValueOrDefault(k)).OfType<OpenInvoice>().Distinct().ToList();
            var method = MatchMethod.Reference;
            var targets = named is null ? null : named.Union(viaCreditNote).ToList();
            if (targets is { Count: 0 } && CustomerAt(position) is { } customer)
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
                Unmatched(_records, refund, reason, targets ?? ambiguous);
                return;
            }

            var invoice = targets[0];
            var magnitude = Math.Abs(refund.Amount.Amount);
            var fromResidual = Math.Min(magnitude, invoice.OverpaidResidual);
            if (fromResidual > 0m)
            {
                invoice.OverpaidResidual -= fromResidual;
                _records.Overpayments.Add(new Overpayment(refund.Id, invoice.Customer, refund.Amount with { Amount = -fromResidual }, refund.BookingDate));
            }

            var fromInvoice = magnitude - fromResidual;
            if (fromInvoice > 0m)
            {
                invoice.ApplyPayment(refund.Id, refund.BookingDate, -fromInvoice);
                AddAllocation(_records, new PaymentAllocation(refund.Id, invoice.Transaction.Id, invoice.Customer, refund.Amount with { Amount = -fromInvoice }, refund.BookingDate, method), position, invoice);
            }
        }

        private bool Same(decimal left, decimal right) => Math.Abs(left - right) <= options.AmountTolerance;

        private static void Unmatched(MatchRecords records, LedgerTransaction item, UnmatchedReason reason, IEnumerable<OpenInvoice> candidates) =>
            records.Unmatched.Add(new UnmatchedItem(item.Id, item.Kind, item.Amount, item.BookingDate, reason,
                candidates.Select(c => c.Transaction.Id).Distinct().OrderBy(i => i.Value, StringComparer.Ordinal).ToList()));

        /// <summary>An invoice ready to register: its open state and its normalised number and payment reference.</summary>
        private readonly record struct PreparedInvoice(OpenInvoice Open, string? NumberKey, string? ReferenceKey);

        private enum IdOrdering
        {
            StrictlyAscending,
            Ascending,
            Unordered,
        }

        /// <summary>
        /// What matching records, in the order it makes it: allocations with their sort keys, overpayments, unmatched items; and
        /// the scratch lists of one matcher at a time.
        /// </summary>
        private sealed class MatchRecords
        {
            public List<PaymentAllocation> Allocations { get; } = [];

            public List<AllocationKey> AllocationKeys { get; } = [];

            public List<Overpayment> Overpayments { get; } = [];

            public List<UnmatchedItem> Unmatched { get; } = [];

            /// <summary>The counts after each receipt matched, for <see cref="TakeFrom"/>.</summary>
            public List<Counts> ReceiptEnds { get; } = [];

            public List<OpenInvoice> Candidates { get; } = [];

            public List<OpenInvoice> Exact { get; } = [];

            /// <summary>Adds an allocation; its key's sequence is its place among these allocations.</summary>
            public void AddAllocation(PaymentAllocation allocation, AllocationKey key)
            {
                AllocationKeys.Add(key with { Sequence = Allocations.Count });
                Allocations.Add(allocation);
            }

            public void EndReceipt() => ReceiptEnds.Add(new Counts(Allocations.Count, Overpayments.Count, Unmatched.Count));

            /// <summary>Appends what <paramref name="other"/> recorded between <paramref name="from"/> and <paramref name="to"/>.</summary>
            public void TakeFrom(MatchRecords other, Counts from, Counts to)
            {
                for (var a = from.Allocations; a < to.Allocations; a++)
                {
                    AddAllocation(other.Allocations[a], other.AllocationKeys[a]);
                }

                for (var o = from.Overpayments; o < to.Overpayments; o++)
                {
                    Overpayments.Add(other.Overpayments[o]);
                }

                for (var u = from.Unmatched; u < to.Unmatched; u++)
                {
                    Unmatched.Add(other.Unmatched[u]);
                }
            }

            public readonly record struct Counts(int Allocations, int Overpayments, int Unmatched);
        }

        /// <summary>The invoices one key names: most keys name one, kept without a list; <paramref name="Shared"/> lists them all once a second one shares the key.</summary>
        private readonly record struct KeyedInvoices(OpenInvoice First, List<OpenInvoice>? Shared);

        /// <summary>An allocation's sort key: its date, the payment's and the invoice's id ranks, and when it was made.</summary>
        private readonly record struct AllocationKey(int Day, int PaymentRank, int InvoiceRank, int Sequence);
    }
}
