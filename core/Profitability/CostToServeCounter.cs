using ProfitPipeline.Ledger;
using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Profitability;

/// <summary>
/// Counts cost-to-serve signals per (period, customer), each in the period it happened: credit notes; re-issues (an invoice of
/// the same customer and amount issued within the re-issue window after a credit note, each credit note used once); refunds;
/// disputes (a row whose status says disputed or chargeback); follow-ups (an invoice still unpaid the configured number of days
/// after its due date, counted on that day, if it is not after <c>asOf</c>); manual re-tags (rows with a tag a person set).
/// </summary>
internal sealed class CostToServeCounter(ProfitabilityOptions options, CustomerResolver? customers = null)
{
    internal sealed class Tally
    {
        public int CreditNotes { get; set; }

        public int Reissues { get; set; }

        public int Refunds { get; set; }

        public int Disputes { get; set; }

        public int FollowUps { get; set; }

        public int ManualRetags { get; set; }

        public bool SameCounts(Tally other) =>
            CreditNotes == other.CreditNotes && Reissues == other.Reissues && Refunds == other.Refunds
            && Disputes == other.Disputes && FollowUps == other.FollowUps && ManualRetags == other.ManualRetags;

        public CostToServeSignals ToSignals(CostToServeOptions costs, CurrencyCode currency) => new(
            CreditNotes, Reissues, Refunds, Disputes, FollowUps, ManualRetags,
            new Money(
                (CreditNotes * costs.CostPerCreditNote) + (Reissues * costs.CostPerReissuedInvoice) + (Refunds * costs.CostPerRefund)
                + (Disputes * costs.CostPerDispute) + (FollowUps * costs.CostPerFollowUp) + (ManualRetags * costs.CostPerManualRetag),
                currency));
    }

    /// <summary>As the other overload, resolving each transaction's customer with the resolver this counter was made with.</summary>
    public Dictionary<(Period Period, string Customer), Tally> Count(IReadOnlyList<LedgerTransaction> transactions, ReconciliationResult reconciliation, DateOnly asOf) =>
        Count(transactions, (customers ?? throw new InvalidOperationException("No customer resolver to resolve with.")).ResolveEach(transactions), reconciliation, asOf);

    /// <param name="resolved">Each transaction's customer, by position.</param>
    public Dictionary<(Period Period, string Customer), Tally> Count(
        IReadOnlyList<LedgerTransaction> transactions, IReadOnlyList<CustomerId?> resolved, ReconciliationResult reconciliation, DateOnly asOf)
    {
        var tallies = new Dictionary<(Period, string), Tally>();
        Tally At(DateOnly date, string customer)
        {
            var key = (Period.Containing(date, options.Granularity), customer);
            if (!tallies.TryGetValue(key, out var tally))
            {
                tallies[key] = tally = new Tally();
            }

            return tally;
        }

        var creditNotes = new List<(LedgerTransaction Note, string Customer)>();
        for (var i = 0; i < transactions.Count; i++)
        {
            var t = transactions[i];
            var customer = resolved[i]?.Value;
            if (customer is null)
            {
                continue;
            }

            if (t.Kind == TransactionKind.CreditNote)
            {
                At(t.BookingDate, customer).CreditNotes++;
                creditNotes.Add((t, customer));
            }

            if (t.Status is { } status && (status.Contains("disput", StringComparison.OrdinalIgnoreCase) || status.Contains("chargeback", StringComparison.OrdinalIgnoreCase)))
            {
                At(t.BookingDate, customer).Disputes++;
            }

            if (Attributes.HasHumanTag(t))
            {
                At(t.BookingDate, customer).ManualRetags++;
            }
        }

        CountReissues(transactions, resolved, creditNotes, At);
        foreach (var refund in reconciliation.Allocations.Where(a => a.Amount.IsNegative && a.Customer is not null)
                     .Select(a => (a.PaymentId, a.Customer, a.Date))
                     .Concat(reconciliation.Overpayments.Where(o => o.Residual.IsNegative && o.Customer is not null).Select(o => (o.PaymentId, o.Customer, o.Date)))
                     .Distinct())
        {
            At(refund.Date, refund.Customer!.Value.Value).Refunds++;
        }

        foreach (var invoice in reconciliation.Invoices.Where(i => i.Customer is not null && i.Status != SettlementStatus.Credited))
        {
            var followUp = invoice.DueDate.AddDays(options.CostToServe.FollowUpAfterDaysOverdue);
            var unpaidThen = invoice.PaidDate is not { } paid || paid > followUp;
            if (followUp <= asOf && unpaidThen)
            {
                At(followUp, invoice.Customer!.Value.Value).FollowUps++;
            }
        }

        return tallies;
    }

    private void CountReissues(IReadOnlyList<LedgerTransaction> transactions, IReadOnlyList<CustomerId?> resolved, List<(LedgerTransaction Note, string Customer)> creditNotes, Func<DateOnly, string, Tally> at)
    {
        var used = new HashSet<TransactionId>();
        var invoicesByCustomer = transactions.Select((t, i) => (Invoice: t, Customer: t.Kind == TransactionKind.Invoice ? resolved[i]?.Value : null))
            .Where(p => p.Customer is not null)
            .ToLookup(p => p.Customer!, p => p.Invoice, StringComparer.Ordinal);
        foreach (var (note, customer) in creditNotes.OrderBy(c => c.Note.BookingDate).ThenBy(c => c.Note.Id.Value, StringComparer.Ordinal))
        {
            var reissue = invoicesByCustomer[customer]
                .Where(i => !used.Contains(i.Id) && i.Amount.Amount == Math.Abs(note.Amount.Amount)
                    && i.BookingDate >= note.BookingDate && i.BookingDate <= note.BookingDate.AddDays(options.CostToServe.ReissueWindowDays))
                .OrderBy(i => i.BookingDate).ThenBy(i => i.Id.Value, StringComparer.Ordinal)
                .FirstOrDefault();
            if (reissue is not null)
            {
                used.Add(reissue.Id);
                at(reissue.BookingDate, customer).Reissues++;
            }
        }
    }
}
