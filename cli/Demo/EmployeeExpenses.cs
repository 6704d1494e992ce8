namespace ProfitPipeline.Cli.Demo;

/// <summary>Employees' expense claims and the bank transfers that reimbursed them.</summary>
internal sealed record ExpenseBook(IReadOnlyList<ExpenseClaim> Claims, IReadOnlyList<BankEntry> Bank);

/// <summary>Travel and meals for customer work, plus office costs; reimbursed early the following month.</summary>
internal static class EmployeeExpenses
{
    /// <summary>The demo company's staff (invented names); the e-mail is what Expensify shows.</summary>
    public static IReadOnlyList<(string Name, string Email)> Employees { get; } =
    [
        ("Maren Oakhurst", "maren.oakhurst@northwind-analytics.example"),
        ("Dario Pellworth", "dario.pellworth@northwind-analytics.example"),
        ("Ylva Stenmark", "ylva.stenmark@northwind-analytics.example"),
        ("Kofi Ardentine", "kofi.ardentine@northwind-analytics.example"),
        ("Selma Brightwater", "selma.brightwater@northwind-analytics.example"),
        ("Jonah Quillfeather", "jonah.quillfeather@northwind-analytics.example"),
    ];

    private static readonly (string Merchant, string Category, decimal Min, decimal Max)[] ClientCosts =
    [
        ("Eurorail Tickets", "Travel", 48m, 186m),
        ("SkyHop Airlines", "Travel", 129m, 420m),
        ("Cityline Taxi", "Travel", 14m, 62m),
        ("Hotel Marisol", "Lodging", 119m, 265m),
        ("Trattoria Fiume", "Meals", 36m, 148m),
        ("Brew Lab Cafe", "Meals", 8m, 32m),
    ];

    private static readonly (string Merchant, string Category, decimal Min, decimal Max, bool Reimbursable)[] OfficeCosts =
    [
        ("Paper & Pine Stationers", "Office Supplies", 12m, 95m, true),
        ("Circuitbay Electronics", "Equipment", 25m, 240m, true),
        ("Diagramly Pro", "Software", 9m, 29m, false),
        ("Pageturn Books", "Training", 22m, 78m, true),
    ];

    public static ExpenseBook Create(DemoCalendar calendar, IReadOnlyDictionary<string, string> ibans, Random rng)
    {
        var reportIds = Employees.Select(_ => rng.Next(10_000_000, 90_000_000)).ToArray();
        var claims = new List<ExpenseClaim>();
        var bank = new List<BankEntry>();
        var customers = DemoCustomers.All.Where(c => c.Size != "Small" || rng.Next(3) == 0).ToList();
        foreach (var month in calendar.Months)
        {
            var index = calendar.MonthIndex(month);
            var monthClaims = new List<(int Employee, ExpenseClaim Claim)>();
            var count = rng.Next(6, 13);
            for (var i = 0; i < count; i++)
            {
                var employee = rng.Next(Employees.Count);
                var reportId = (reportIds[employee] + index).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var at = month.AddDays(rng.Next(DateTime.DaysInMonth(month.Year, month.Month))).ToDateTime(new TimeOnly(rng.Next(7, 21), rng.Next(60), rng.Next(60)));
                ExpenseClaim claim;
                if (rng.Next(10) < 7)
                {
                    var (merchant, category, min, max) = ClientCosts[rng.Next(ClientCosts.Length)];
                    var customer = customers[rng.Next(customers.Count)];
                    claim = new ExpenseClaim(at, merchant, DemoAmount.Between(rng, min, max), category, customer.Project, $"{category} for {customer.ShortName} workshop", true, reportId, Employees[employee].Email);
                }
                else
                {
                    var (merchant, category, min, max, reimbursable) = OfficeCosts[rng.Next(OfficeCosts.Length)];
                    claim = new ExpenseClaim(at, merchant, DemoAmount.Between(rng, min, max), category, "", reimbursable ? "Paid personally" : "Company card", reimbursable, reportId, Employees[employee].Email);
                }

                monthClaims.Add((employee, claim));
            }

            claims.AddRange(monthClaims.Select(c => c.Claim).OrderBy(c => c.Timestamp));

            // Each employee's approved report is reimbursed by transfer a few days into the next month.
            var payday = DemoCalendar.OnOrAfterBusinessDay(month.AddMonths(1).AddDays(4));
            foreach (var group in monthClaims.Where(c => c.Claim.Reimbursable).GroupBy(c => c.Employee).OrderBy(g => g.Key))
            {
                var (name, _) = Employees[group.Key];
                var reportId = group.First().Claim.ReportId;
                bank.Add(new BankEntry(payday, -group.Sum(c => c.Claim.Amount), "SEPA CREDIT TRANSFER", name, ibans[name], $"Expense report {reportId}", $"NWA-EXP-{reportId}", BankTransactionCode.SentTransfer));
            }
        }

        return new ExpenseBook(claims, bank);
    }
}
