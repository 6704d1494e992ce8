using System.Runtime.InteropServices;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Reconciliation;

/// <summary>An invoice while payments, refunds and credit notes are applied to it, and its settlement once they all are.</summary>
/// <param name="idRank">The invoice's place in the matcher's id order (equal ids share one), so sorts by id compare integers.</param>
internal sealed class OpenInvoice(LedgerTransaction invoice, CustomerId? customer, DateOnly dueDate, int idRank = 0)
{
    // Most invoices see one payment or credit: the first event is kept inline, a list only from the second on.
    private Event _first;
    private List<Event>? _events;
    private int _eventCount;

    public LedgerTransaction Transaction => invoice;

    public CustomerId? Customer => customer;

    public int IdRank => idRank;

    /// <summary>The issue date's day number, kept here so the search of a customer's invoices by date reads no transaction.</summary>
    public int IssueDay { get; } = invoice.BookingDate.DayNumber;

    public decimal Paid { get; private set; }

    public decimal Credited { get; private set; }

    /// <summary>What receipts naming this invoice paid beyond it; a refund of the invoice repays this first.</summary>
    public decimal OverpaidResidual { get; set; }

    public decimal Outstanding => invoice.Amount.Amount - Credited - Paid;

    public void ApplyPayment(TransactionId source, DateOnly date, decimal amount)
    {
        Paid += amount;
        AddEvent(new Event(date, amount, 0m, source));
    }

    public void ApplyCredit(TransactionId source, DateOnly date, decimal amount)
    {
        Credited += amount;
        AddEvent(new Event(date, 0m, amount, source));
    }

    private void AddEvent(Event e)
    {
        if (_eventCount == 0)
        {
            _first = e;
        }
        else
        {
            (_events ??= [_first]).Add(e);
        }

        _eventCount++;
    }

    /// <summary>Replays the events in date order: the paid date is the first day from which payments covered the amount due.</summary>
    public InvoiceSettlement Settle(DateOnly asOf, decimal tolerance)
    {
        decimal paid = 0m, credited = 0m;
        DateOnly? settledOn = null;
        var gross = invoice.Amount.Amount;
        ReadOnlySpan<Event> applied = _events is null ? (_eventCount == 0 ? default : new ReadOnlySpan<Event>(in _first)) : CollectionsMarshal.AsSpan(_events);
        var events = _events is null ? applied : InDateOrder(_events);
        for (var i = 0; i < events.Length;)
        {
            // One day at a time: that day's payments and credits, in the order they were applied.
            var date = events[i].Date;
            decimal dayPaid = 0m, dayCredited = 0m;
            for (; i < events.Length && events[i].Date == date; i++)
            {
                dayPaid += events[i].Paid;
                dayCredited += events[i].Credited;
            }

            paid += dayPaid;
            credited += dayCredited;
            var covered = gross - credited - paid <= tolerance;
            settledOn = covered ? settledOn ?? date : null;
        }

        var currency = invoice.Amount.Currency;
        var outstanding = gross - credited - paid;
        var status = outstanding > tolerance ? SettlementStatus.Open
            : paid > 0m ? SettlementStatus.Paid
            : SettlementStatus.Credited;
        var paidDate = status == SettlementStatus.Paid ? settledOn : null;
        var daysLate = paidDate is { } p ? Math.Max(0, p.DayNumber - dueDate.DayNumber)
            : status == SettlementStatus.Open && asOf > dueDate ? asOf.DayNumber - dueDate.DayNumber
            : 0;
        var payments = new List<TransactionId>(_eventCount);
        foreach (var e in applied)
        {
            if (e.Paid != 0m && !payments.Contains(e.Source))
            {
                payments.Add(e.Source);
            }
        }

        return new InvoiceSettlement(
            invoice.Id,
            invoice.References.InvoiceNumber ?? invoice.References.BankId,
            customer,
            invoice.BookingDate,
            dueDate,
            invoice.Amount,
            new Money(credited, currency),
            new Money(paid, currency),
            new Money(outstanding, currency),
            paidDate,
            paidDate is { } d ? d.DayNumber - invoice.BookingDate.DayNumber : null,
            daysLate,
            status,
            payments);
    }

    /// <summary>The events stably ordered by date; usually they already are.</summary>
    private static ReadOnlySpan<Event> InDateOrder(List<Event> events)
    {
        for (var i = 1; i < events.Count; i++)
        {
            if (events[i - 1].Date > events[i].Date)
            {
                return events.OrderBy(e => e.Date).ToArray();
            }
        }

        return CollectionsMarshal.AsSpan(events);
    }

    /// <summary>A payment (or refund) or a credit applied to the invoice.</summary>
    private readonly record struct Event(DateOnly Date, decimal Paid, decimal Credited, TransactionId Source);
}
