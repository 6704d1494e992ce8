using ProfitPipeline.Ledger;

namespace ProfitPipeline.Profitability;

public enum PaymentTrend
{
    /// <summary>One of the two periods has no paid invoice.</summary>
    NotEnoughData,
    Improving,
    Stable,
    Slowing,
}

/// <summary>
/// How a customer pays, as of a date: all invoices it has paid so far (<see cref="PaymentStats"/>), what is outstanding and
/// overdue, and the average days late in the as-of period against the previous one.
/// </summary>
public sealed record CustomerPaymentBehaviour(
    CustomerId Customer,
    PaymentStats Paid,
    Money Outstanding,
    Money Overdue,
    int OverdueInvoices,
    decimal? AverageDaysLateThisPeriod,
    decimal? AverageDaysLatePreviousPeriod,
    PaymentTrend Trend);
