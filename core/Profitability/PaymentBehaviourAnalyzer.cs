using ProfitPipeline.Ledger;
using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Profitability;

/// <summary>Payment behaviour per customer as of a date, from the reconciled invoices.</summary>
internal static class PaymentBehaviourAnalyzer
{
    public static List<CustomerPaymentBehaviour> Analyze(ReconciliationResult reconciliation, DateOnly asOf, PeriodGranularity granularity, CurrencyCode currency)
    {
        var current = Period.Containing(asOf, granularity);
        var previous = current.Previous();
        var result = new List<CustomerPaymentBehaviour>();
        foreach (var invoices in reconciliation.Invoices.Where(i => i.Customer is not null)
                     .GroupBy(i => i.Customer!.Value).OrderBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            var paid = invoices.Where(i => i.PaidDate is not null).ToList();
            var open = invoices.Where(i => i.Status == SettlementStatus.Open).ToList();
            var overdue = open.Where(i => i.IsOverdue(asOf)).ToList();
            var now = AverageDaysLate(paid.Where(i => current.Contains(i.PaidDate!.Value)));
            var before = AverageDaysLate(paid.Where(i => previous.Contains(i.PaidDate!.Value)));
            var trend = now is null || before is null ? PaymentTrend.NotEnoughData
                : now > before ? PaymentTrend.Slowing
                : now < before ? PaymentTrend.Improving
                : PaymentTrend.Stable;
            result.Add(new CustomerPaymentBehaviour(
                invoices.Key,
                PaymentStats.From(paid.Select(i => (i.DaysToPay ?? 0, i.DaysLate)).ToList()),
                new Money(open.Sum(i => i.Outstanding.Amount), currency),
                new Money(overdue.Sum(i => i.Outstanding.Amount), currency),
                overdue.Count,
                now,
                before,
                trend));
        }

        return result;
    }

    private static decimal? AverageDaysLate(IEnumerable<InvoiceSettlement> paid)
    {
        var days = paid.Select(i => i.DaysLate).ToList();
        return days.Count == 0 ? null : Math.Round((decimal)days.Sum() / days.Count, 2, MidpointRounding.AwayFromZero);
    }
}
