namespace ProfitPipeline.Ledger;

/// <summary>Who proposed a tag.</summary>
public enum TagSource
{
    /// <summary>The export itself carried the value (an invoice's customer, a tagged expense).</summary>
    Export,

    /// <summary>A user rule fired.</summary>
    Rule,

    /// <summary>Matching against invoices, the customer master or known payer accounts.</summary>
    Match,

    /// <summary>The trained model.</summary>
    Model,

    /// <summary>A person confirmed or corrected it.</summary>
    Human,
}
