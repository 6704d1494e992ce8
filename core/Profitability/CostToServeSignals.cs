using ProfitPipeline.Ledger;

namespace ProfitPipeline.Profitability;

/// <summary>
/// The effort a customer causes beyond its invoices, counted per period and costed with <see cref="CostToServeOptions"/>.
/// The estimate is shown beside the margins, not deducted from them: it is not in the ledger.
/// </summary>
public sealed record CostToServeSignals(
    int CreditNotes, int ReissuedInvoices, int Refunds, int Disputes, int OverdueFollowUps, int ManualRetags, Money EstimatedCost)
{
    public static CostToServeSignals Zero(CurrencyCode currency) => new(0, 0, 0, 0, 0, 0, Money.Zero(currency));

    public int Total => CreditNotes + ReissuedInvoices + Refunds + Disputes + OverdueFollowUps + ManualRetags;

    public CostToServeSignals Plus(CostToServeSignals other) => new(
        CreditNotes + other.CreditNotes,
        ReissuedInvoices + other.ReissuedInvoices,
        Refunds + other.Refunds,
        Disputes + other.Disputes,
        OverdueFollowUps + other.OverdueFollowUps,
        ManualRetags + other.ManualRetags,
        EstimatedCost + other.EstimatedCost);
}
