namespace ProfitPipeline.Classification;

/// <summary>
/// What exports call the default chart's categories: the account codes and names of Xero's standard (UK) chart of accounts,
/// QuickBooks Online's default expense accounts, and expense apps' usual categories. An export that states one of these has
/// said what the row is, so no model needs to guess. Configuration adds to or overrides these (a business's own codes).
/// </summary>
internal static class SourceCategoryAliases
{
    public static IReadOnlyDictionary<string, string> Default { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        // Xero standard chart of accounts (UK): code and name.
        ["200"] = "revenue", ["Sales"] = "revenue",
        ["260"] = "other-income", ["Other Revenue"] = "other-income",
        ["270"] = "other-income", ["Interest Income"] = "other-income",
        ["310"] = "cost-of-sales", ["Cost of Goods Sold"] = "cost-of-sales",
        ["320"] = "payroll", ["Direct Wages"] = "payroll",
        ["321"] = "contractors", ["Subcontractors"] = "contractors",
        ["325"] = "cost-of-sales", ["Direct Expenses"] = "cost-of-sales",
        ["400"] = "marketing", ["Advertising & Marketing"] = "marketing",
        ["401"] = "professional-fees", ["Audit & Accountancy fees"] = "professional-fees",
        ["404"] = "bank-fees", ["Bank Fees"] = "bank-fees",
        ["408"] = "office", ["Cleaning"] = "office",
        ["412"] = "professional-fees", ["Consulting"] = "professional-fees",
        ["420"] = "meals", ["Entertainment-100% business"] = "meals",
        ["424"] = "meals", ["Entertainment - 0%"] = "meals",
        ["425"] = "office", ["Postage, Freight & Courier"] = "office",
        ["429"] = "other-expense", ["General Expenses"] = "other-expense",
        ["433"] = "insurance",
        ["437"] = "loans", ["Interest Paid"] = "loans",
        ["441"] = "professional-fees", ["Legal Expenses"] = "professional-fees",
        ["445"] = "rent", ["Light, Power, Heating"] = "rent",
        ["449"] = "travel", ["Motor Vehicle Expenses"] = "travel",
        ["461"] = "office", ["Printing & Stationery"] = "office",
        ["463"] = "software", ["Domain, Apps & Software Expenses"] = "software",
        ["465"] = "rent", ["Rates"] = "rent",
        ["469"] = "rent",
        ["473"] = "office", ["Repairs & Maintenance"] = "office",
        ["477"] = "payroll", ["Salaries"] = "payroll",
        ["478"] = "payroll", ["Directors' Remuneration"] = "payroll",
        ["479"] = "payroll", ["Employers National Insurance"] = "payroll",
        ["485"] = "software", ["Subscriptions"] = "software",
        ["489"] = "rent", ["Telephone & Internet"] = "rent",
        ["493"] = "travel", ["Travel - National"] = "travel",
        ["494"] = "travel", ["Travel - International"] = "travel",

        // QuickBooks Online default accounts.
        ["Advertising"] = "marketing",
        ["Bank Charges"] = "bank-fees", ["Bank Charges & Fees"] = "bank-fees",
        ["Contract Labor"] = "contractors", ["Contractors"] = "contractors",
        ["Legal & Professional Fees"] = "professional-fees", ["Legal & Professional Services"] = "professional-fees",
        ["Meals and Entertainment"] = "meals", ["Meals & Entertainment"] = "meals",
        ["Office Expenses"] = "office", ["Office Supplies & Software"] = "office",
        ["Rent or Lease"] = "rent", ["Rent & Lease"] = "rent", ["Utilities"] = "rent",
        ["Payroll Expenses"] = "payroll", ["Wages"] = "payroll",
        ["Taxes & Licenses"] = "taxes",
        ["Travel Meals"] = "meals",
        ["Services"] = "revenue", ["Sales of Product Income"] = "revenue",

        // Expense apps (Expensify's defaults and the like).
        ["Airfare"] = "travel", ["Lodging"] = "travel", ["Hotel"] = "travel", ["Car Rental"] = "travel", ["Mileage"] = "travel",
        ["Taxi"] = "travel", ["Fuel"] = "travel", ["Parking"] = "travel",
        ["Meals"] = "meals", ["Entertainment"] = "meals",
        ["Office Supplies"] = "office", ["Equipment"] = "office", ["Phone"] = "rent", ["Internet"] = "rent",
        ["Software"] = "software", ["Training"] = "other-expense", ["Books"] = "other-expense",
    };
}
