namespace ProfitPipeline.Cli.Demo;

/// <summary>How a customer settles its invoices; each drives a pattern reconciliation must cope with.</summary>
internal enum PaymentHabit
{
    OnTime,
    /// <summary>Habitually 20-60 days past the due date.</summary>
    Late,
    /// <summary>On time at first, a few days later every month.</summary>
    SlowingDown,
    /// <summary>Two receipts per invoice.</summary>
    Partial,
    /// <summary>Pays by card through Stripe, never by bank transfer.</summary>
    Card,
    /// <summary>Once pays two invoices with one transfer.</summary>
    Combined,
    /// <summary>Remittance text never names the invoice: only the bank alias identifies the payer.</summary>
    AliasOnly,
}

/// <summary>How much contractor work a customer's project needs, relative to what it is billed.</summary>
internal enum ContractorLoad
{
    Normal,
    /// <summary>Contractor bills exceed the project's revenue: the customer loses money.</summary>
    Heavy,
}

/// <summary>One invented customer of the demo company and the behaviour the generator gives it.</summary>
internal sealed record DemoCustomer(
    string Id,
    string Name,
    string Aliases,
    string Industry,
    string Size,
    string Region,
    int TermsDays,
    PaymentHabit Habit,
    string ProjectTheme,
    ContractorLoad Load = ContractorLoad.Normal)
{
    /// <summary>The upper-case name the customer's bank puts on a transfer (the last alias).</summary>
    public string BankAlias => Aliases[(Aliases.LastIndexOf('|') + 1)..];

    public string ShortName => Aliases[..Aliases.IndexOf('|', StringComparison.Ordinal)];

    /// <summary>The project (Xero tracking option) all of this customer's work is tagged to.</summary>
    public string Project => $"{ShortName} - {ProjectTheme}";

    public bool IsAnchor => Id == DemoCustomers.AnchorId;
}
