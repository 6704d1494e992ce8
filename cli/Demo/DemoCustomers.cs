namespace ProfitPipeline.Cli.Demo;

/// <summary>The demo company's 36 customers. Every name is invented for the demo.</summary>
internal static class DemoCustomers
{
    /// <summary>The big retail customer that brings in well over a third of revenue.</summary>
    public const string AnchorId = "C001";

    public const string Healthcare = "Healthcare";

    public static IReadOnlyList<DemoCustomer> All { get; } =
    [
        new("C001", "Larkspur & Vale Retail Group plc", "Larkspur & Vale|LARKSPUR VALE RETAIL GRP", "Retail", "Enterprise", "South", 30, PaymentHabit.OnTime, "Demand Forecasting"),
        new("C002", "Copperleaf Home Stores Ltd", "Copperleaf|COPPERLEAF HOME STORES", "Retail", "Mid", "North", 30, PaymentHabit.OnTime, "Store Performance"),
        new("C003", "Bramblegate Outfitters", "Bramblegate|BRAMBLEGATE OUTFITTERS", "Retail", "Small", "West", 14, PaymentHabit.Card, "Web Analytics"),
        new("C004", "Saltmarsh Grocers Ltd", "Saltmarsh|SALTMARSH GROCERS", "Retail", "Small", "East", 14, PaymentHabit.Late, "Basket Analysis"),
        new("C005", "Quillon Fashion House GmbH", "Quillon|QUILLON FASHION HSE", "Retail", "Mid", "South", 30, PaymentHabit.OnTime, "Markdown Optimisation"),
        new("C006", "Tidewick Markets", "Tidewick|TIDEWICK MKTS", "Retail", "Small", "East", 14, PaymentHabit.AliasOnly, "Footfall Dashboard"),
        new("C007", "Orchardine Pet Supplies", "Orchardine|ORCHARDINE PET SUPPL", "Retail", "Small", "North", 14, PaymentHabit.OnTime, "Loyalty Insights"),
        new("C008", "Ferrovale Components AG", "Ferrovale|FERROVALE COMPONENTS AG", "Manufacturing", "Enterprise", "North", 45, PaymentHabit.SlowingDown, "Predictive Maintenance"),
        new("C009", "Granitehook Fabrication Ltd", "Granitehook|GRANITEHOOK FABRICATION", "Manufacturing", "Mid", "East", 30, PaymentHabit.Late, "Yield Analytics"),
        new("C010", "Kilnbridge Ceramics", "Kilnbridge|KILNBRIDGE CERAMICS", "Manufacturing", "Small", "West", 14, PaymentHabit.OnTime, "Kiln Telemetry"),
        new("C011", "Veltmoor Precision Tools", "Veltmoor|VELTMOOR PRECISION", "Manufacturing", "Mid", "South", 30, PaymentHabit.OnTime, "Quality Control"),
        new("C012", "Hollowmere Plastics", "Hollowmere|HOLLOWMERE PLASTICS", "Manufacturing", "Small", "North", 14, PaymentHabit.OnTime, "Energy Usage"),
        new("C013", "Brightcast Foundry Ltd", "Brightcast|BRIGHTCAST FOUNDRY LTD", "Manufacturing", "Mid", "West", 30, PaymentHabit.OnTime, "Digital Twin", ContractorLoad.Heavy),
        new("C014", "Pellucid Glassworks", "Pellucid|PELLUCID GLASSWORKS", "Manufacturing", "Small", "East", 14, PaymentHabit.OnTime, "Defect Detection"),
        new("C015", "Meadowrue Clinics Group", "Meadowrue|MEADOWRUE CLINICS GRP", "Healthcare", "Enterprise", "West", 45, PaymentHabit.OnTime, "Patient Flow"),
        new("C016", "Caldera Physio Partners", "Caldera Physio|CALDERA PHYSIO PTNRS", "Healthcare", "Small", "South", 14, PaymentHabit.OnTime, "Appointment Analytics"),
        new("C017", "Silverbirch Dental Group", "Silverbirch|SILVERBIRCH DENTAL", "Healthcare", "Mid", "North", 30, PaymentHabit.Partial, "Practice Benchmarks"),
        new("C018", "Wrenfield Diagnostics", "Wrenfield|WRENFIELD DIAGNOSTICS", "Healthcare", "Mid", "East", 30, PaymentHabit.Late, "Lab Turnaround"),
        new("C019", "Ashgrove Care Homes", "Ashgrove|ASHGROVE CARE HOMES", "Healthcare", "Small", "West", 14, PaymentHabit.OnTime, "Staffing Model"),
        new("C020", "Lumenvale Pharmacy Co-op", "Lumenvale|LUMENVALE PHARMACY", "Healthcare", "Small", "South", 14, PaymentHabit.OnTime, "Stock Forecasting"),
        new("C021", "Harewick Veterinary Practice", "Harewick Vets|HAREWICK VETERINARY", "Healthcare", "Small", "North", 14, PaymentHabit.OnTime, "Client Retention"),
        new("C022", "Quarkhollow Software BV", "Quarkhollow|QUARKHOLLOW SOFTWARE BV", "Software", "Mid", "East", 30, PaymentHabit.OnTime, "Product Telemetry"),
        new("C023", "Driftpine Systems SE", "Driftpine|DRIFTPINE SYSTEMS SE", "Software", "Enterprise", "South", 45, PaymentHabit.OnTime, "Churn Modelling"),
        new("C024", "Codewren Studio", "Codewren|CODEWREN STUDIO", "Software", "Small", "West", 14, PaymentHabit.Card, "Funnel Analysis"),
        new("C025", "Nebulark Apps", "Nebulark|NEBULARK APPS", "Software", "Small", "North", 14, PaymentHabit.Card, "Usage Metrics"),
        new("C026", "Stackmere Cloud Ltd", "Stackmere|STACKMERE CLOUD LTD", "Software", "Mid", "West", 30, PaymentHabit.OnTime, "Cost Observability", ContractorLoad.Heavy),
        new("C027", "Bitterlake Security", "Bitterlake|BITTERLAKE SECURITY", "Software", "Small", "East", 14, PaymentHabit.OnTime, "Threat Reporting"),
        new("C028", "Tesselgrid Software", "Tesselgrid|TESSELGRID SW", "Software", "Small", "South", 14, PaymentHabit.OnTime, "Pricing Experiments"),
        new("C029", "Ironquay Freight Ltd", "Ironquay|IRONQUAY FREIGHT", "Logistics", "Enterprise", "East", 45, PaymentHabit.AliasOnly, "Route Optimisation"),
        new("C030", "Portwhistle Couriers", "Portwhistle|PORTWHISTLE COURIERS", "Logistics", "Mid", "North", 30, PaymentHabit.Combined, "Delivery Times"),
        new("C031", "Cargolume Shipping", "Cargolume|CARGOLUME SHIPPING", "Logistics", "Small", "West", 14, PaymentHabit.OnTime, "Container Tracking"),
        new("C032", "Fenmarch Warehousing Ltd", "Fenmarch|FENMARCH WAREHOUSING", "Logistics", "Mid", "South", 30, PaymentHabit.Late, "Pick Rate Analytics"),
        new("C033", "Westerbay Haulage", "Westerbay|WESTERBAY HAULAGE", "Logistics", "Small", "East", 14, PaymentHabit.OnTime, "Fleet Utilisation", ContractorLoad.Heavy),
        new("C034", "Palletwise Distribution", "Palletwise|PALLETWISE DISTRIB", "Logistics", "Small", "North", 14, PaymentHabit.OnTime, "Load Planning"),
        new("C035", "Skylark Route Planning", "Skylark Routes|SKYLARK ROUTE PLANNING", "Logistics", "Small", "West", 14, PaymentHabit.Card, "Dispatch Dashboard"),
        new("C036", "Gullhaven Cold Chain", "Gullhaven|GULLHAVEN COLD CHAIN", "Logistics", "Mid", "South", 30, PaymentHabit.OnTime, "Temperature Compliance"),
    ];
}
