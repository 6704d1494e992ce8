using System.Globalization;

namespace ProfitPipeline.Cli.Demo;

/// <summary>
/// Generates the export files of an invented small B2B services firm for demos: a year of invoices, bills, expenses,
/// card payments and the bank statement (CSV for the earlier months, CAMT.053 for the latest). The same as-of day
/// always gives the same bytes, on any machine and in any culture.
/// </summary>
/// <param name="seed">Another seed gives another, equally consistent, company; the default is the one demos show.</param>
internal sealed class DemoCompany(int seed = DemoCompany.DefaultSeed)
{
    public const string CompanyName = "Northwind Analytics Ltd";
    public const string HomeCurrency = "EUR";

    /// <summary>The operating account the statement is for.</summary>
    public static readonly string AccountIban = Iban.Create("IE", "HMBK" + "931152" + "40718265");

    public const int DefaultSeed = 20_240_917;

    private const decimal OpeningBalance = 148_250.00m;

    public IReadOnlyList<DemoFile> Generate(DateOnly asOf)
    {
        var rng = new Random(seed);
        var calendar = new DemoCalendar(asOf);
        var ibans = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in DemoCustomers.All.Select(c => c.Id).Concat(DemoSuppliers.All.Select(s => s.Name)).Concat(EmployeeExpenses.Employees.Select(e => e.Name)))
        {
            ibans[key] = Iban.Random(rng);
        }

        var sales = SalesInvoicing.Create(calendar, rng);
        var payments = CustomerPayments.Create(calendar, sales, ibans, rng);
        var bills = SupplierBills.Create(calendar, sales, ibans, rng);
        var expenses = EmployeeExpenses.Create(calendar, ibans, rng);
        var operating = OperatingDebits.Create(calendar, sales, bills, Iban.Random(rng), rng);

        // Only what has happened before the as-of day is in any export; the order within a day is the order of creation.
        var bank = payments.Bank.Concat(bills.Bank).Concat(expenses.Bank).Concat(operating)
            .Where(e => calendar.HasHappened(e.Date) && e.Date >= calendar.Start)
            .Select((e, i) => (Entry: e, Order: i))
            .OrderBy(e => e.Entry.Date).ThenBy(e => e.Order)
            .Select(e => e.Entry)
            .ToList();
        var settlements = payments.Settlements.Concat(bills.Settlements).Where(s => calendar.HasHappened(s.Date)).ToList();
        var credited = new HashSet<string>([sales.CreditedInvoiceNumber], StringComparer.Ordinal);

        var csvBank = bank.Where(e => e.Date < calendar.CamtStart).ToList();
        var camtBank = bank.Where(e => e.Date >= calendar.CamtStart).ToList();
        var files = new List<DemoFile>
        {
            new("customers.csv", FlatExports.Customers(DemoCustomers.All)),
            new("invoices.csv", XeroExport.Write(sales.Invoices.Append(sales.CreditNote).Where(d => calendar.HasHappened(d.Date)).OrderBy(d => d.Date).ThenBy(d => d.Number, StringComparer.Ordinal), settlements, credited)),
            new("bills.csv", XeroExport.Write(bills.Bills.Where(d => calendar.HasHappened(d.Date)).OrderBy(d => d.Date).ThenBy(d => d.Contact, StringComparer.Ordinal), settlements, credited)),
            new("expenses.csv", FlatExports.Expenses(expenses.Claims.Where(c => calendar.HasHappened(DateOnly.FromDateTime(c.Timestamp))))),
            new("stripe-payments.csv", FlatExports.Stripe(payments.Stripe.Where(c => calendar.HasHappened(DateOnly.FromDateTime(c.CreatedUtc))))),
        };
        files.AddRange(csvBank.GroupBy(e => e.Date.Year).Select(year => new DemoFile(string.Create(CultureInfo.InvariantCulture, $"bank-{year.Key}.csv"), FlatExports.Bank(year))));
        var lastMonth = asOf.AddDays(-1);
        files.Add(new DemoFile(
            string.Create(CultureInfo.InvariantCulture, $"bank-camt053-{calendar.CamtStart:yyyy-MM}_{lastMonth:yyyy-MM}.xml"),
            CamtExport.Write(calendar, AccountIban, OpeningBalance + csvBank.Sum(e => e.Amount), camtBank)));
        return files;
    }
}
