namespace ProfitPipeline.Reconciliation;

/// <summary>Where an invoice stands as of the reconciliation date.</summary>
public enum SettlementStatus
{
    Open,

    /// <summary>Payments cover the amount due after credit notes.</summary>
    Paid,

    /// <summary>Credit notes cancelled the amount due with no payment.</summary>
    Credited,
}
