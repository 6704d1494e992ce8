using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Tests.Profitability.Reference;

/// <summary>An invoice while payments, refunds and credit notes are applied to it, and its settlement once they all are.</summary>
internal sealed class OpenInvoice(LedgerTransaction invoice, CustomerId? customer, DateOnly dueDate)
{
    private readonly List<(DateOnly Date, decimal Paid, decimal Credited, TransactionId Source)> _events = [];

    public LedgerTransaction Transaction => invoice;

    public CustomerId? Customer => customer;

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
        foreach (var day in _events.OrderBy(e => e.Date).GroupBy(e => e.Date))
        {
            paid += day.Sum(e => e.Paid);
            credited += day.Sum(e => e.Credited);
            var covered = gross - credited - paid <= tolerance;
            settledOn = covered ? settledOn ?? day.Key : null;
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
        var payments = _events.Where(e => e.Paid != 0m).Select(e => e.Source).Distinct().ToList();
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
}
