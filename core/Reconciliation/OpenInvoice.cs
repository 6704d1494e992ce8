using ProfitPipeline.Ledger;

namespace ProfitPipeline.Reconciliation;

/// <summary>An invoice while payments, refunds and credit notes are applied to it, and its settlement once they all are.</summary>
/// <param name="idRank">The invoice's place in the matcher's id order (equal ids share one), so sorts by id compare integers.</param>
internal sealed class OpenInvoice(LedgerTransaction invoice, CustomerId? customer, DateOnly dueDate, int idRank = 0)
{
    private readonly List<(DateOnly Date, decimal Paid, decimal Credited, TransactionId Source)> _events = [];

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
        _events.Add((date, amount, 0m, source));
    }

    public void ApplyCredit(TransactionId source, DateOnly date, decimal amount)
    {
        Credited += amount;
        _events.Add((date, 0m, amount, source));
    }

    /// <summary>Replays the events in date order: the paid date is the first day from which payments covered the amount due.</summary>
    public InvoiceSettlement Settle(DateOnly asOf, decimal tolerance)
    {
        decimal paid = 0m, credited = 0m;
        DateOnly? settledOn = null;
        var gross = invoice.Amount.Amount;
        var events = InDateOrder();
        for (var i = 0; i < events.Count;)
        {
            // One day at a time: that day's payments and credits, in the order they were applied.
            var date = events[i].Date;
            decimal dayPaid = 0m, dayCredited = 0m;
            for (; i < events.Count && events[i].Date == date; i++)
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
        var payments = new List<TransactionId>(_events.Count);
        foreach (var e in _events)
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
    private List<(DateOnly Date, decimal Paid, decimal Credited, TransactionId Source)> InDateOrder()
    {
        for (var i = 1; i < _events.Count; i++)
        {
            if (_events[i - 1].Date > _events[i].Date)
            {
                return _events.OrderBy(e => e.Date).ToList();
            }
        }

        return _events;
    }
}
