namespace ProfitPipeline.Cli.Demo;

/// <summary>What a supplier sells the demo company; decides the account, VAT and how its bills are paid.</summary>
internal enum SupplierKind
{
    Contractor,
    Software,
    Hosting,
    Rent,
}

/// <summary>An invented supplier of the demo company.</summary>
internal sealed record DemoSupplier(string Name, string BillPrefix, SupplierKind Kind, decimal DayRate = 0m)
{
    /// <summary>Codes of Xero's standard (UK) chart: Subcontractors, Subscriptions, Direct Expenses, Rent.</summary>
    public string AccountCode => Kind switch
    {
        SupplierKind.Contractor => "321",
        SupplierKind.Software => "485",
        SupplierKind.Hosting => "325",
        _ => "469",
    };

    // Commercial rent is let VAT-exempt; everything else carries 20% input VAT.
    public (string TaxType, decimal Rate) Tax => Kind == SupplierKind.Rent ? ("Exempt Expenses", 0m) : ("20% (VAT on Expenses)", 0.20m);

    /// <summary>Software and hosting are collected by direct debit; the rest is paid by transfer.</summary>
    public bool PaidByDirectDebit => Kind is SupplierKind.Software or SupplierKind.Hosting;
}

/// <summary>The demo company's suppliers.</summary>
internal static class DemoSuppliers
{
    public static DemoSupplier Landlord { get; } = new("Lindenhof Property Management", "LPM", SupplierKind.Rent);

    public static DemoSupplier Hosting { get; } = new("Nimbuscore Hosting GmbH", "NCH", SupplierKind.Hosting);

    /// <summary>Monthly subscriptions and their list price per month.</summary>
    public static IReadOnlyList<(DemoSupplier Supplier, decimal Monthly)> Software { get; } =
    [
        (new("Tablewise BI Cloud", "TWB", SupplierKind.Software), 1_450m),
        (new("Gitvane Code Hosting", "GVC", SupplierKind.Software), 380m),
        (new("Notebook Orbit Inc", "NBO", SupplierKind.Software), 620m),
        (new("Ledgerleaf Accounting", "LLA", SupplierKind.Software), 95m),
    ];

    /// <summary>Freelance data engineers who work on customer projects.</summary>
    public static IReadOnlyList<DemoSupplier> Contractors { get; } =
    [
        new("Brightfold Data Consulting", "BDC", SupplierKind.Contractor, 650m),
        new("Kessel Varga Engineering", "KVE", SupplierKind.Contractor, 720m),
        new("Otterpine Analytics", "OTA", SupplierKind.Contractor, 600m),
        new("Sablewood Dev Collective", "SDC", SupplierKind.Contractor, 680m),
    ];

    /// <summary>A clinical-data specialist, brought in for healthcare projects in the last quarter.</summary>
    public static DemoSupplier ClinicalContractor { get; } = new("Quellmark Clinical Data", "QCD", SupplierKind.Contractor, 780m);

    public static IEnumerable<DemoSupplier> All =>
        new[] { Landlord, Hosting }.Concat(Software.Select(s => s.Supplier)).Concat(Contractors).Append(ClinicalContractor);
}
