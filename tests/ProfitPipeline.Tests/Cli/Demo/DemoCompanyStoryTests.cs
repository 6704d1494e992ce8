using System.Text.RegularExpressions;
using ProfitPipeline.Cli.Demo;

namespace ProfitPipeline.Tests.Cli.Demo;

/// <summary>The demo tells the stories a profitability report should find, measured from the files alone.</summary>
public sealed partial class DemoCompanyStoryTests
{
    private static DemoExports Exports => DemoExports.Sample;
    private static readonly DateOnly LastQuarter = new(2025, 12, 1);

    [Fact]
    public void OneCustomer_BringsMoreThanAThirdOfRevenue()
    {
        var revenue = NetByProject(Exports.Invoices, _ => true);
        var share = revenue.Values.Max() / revenue.Values.Sum();

        Assert.InRange(share, 0.35m, 0.6m);
    }

    [Fact]
    public void SomeCustomers_CostMoreInContractorsThanTheyBring()
    {
        var revenue = NetByProject(Exports.Invoices, _ => true);
        var contractors = NetByProject(Exports.Bills, _ => true);
        var losing = revenue.Where(r => contractors.GetValueOrDefault(r.Key) > r.Value).Select(r => r.Key).ToList();

        Assert.InRange(losing.Count, 2, 5);
    }

    [Fact]
    public void HealthcareMargin_SlipsInTheLastQuarter()
    {
        var healthcare = Exports.Customers.Where(c => c["Industry"] == "Healthcare").Select(c => c["Name"]).ToHashSet(StringComparer.Ordinal);
        var projects = Exports.Invoices.Where(r => healthcare.Contains(r["ContactName"])).Select(r => r["TrackingOption1"]).ToHashSet(StringComparer.Ordinal);

        decimal Margin(Func<DateOnly, bool> when)
        {
            var revenue = NetByProject(Exports.Invoices, when).Where(p => projects.Contains(p.Key)).Sum(p => p.Value);
            var cost = NetByProject(Exports.Bills, when).Where(p => projects.Contains(p.Key)).Sum(p => p.Value);
            return (revenue - cost) / revenue;
        }

        Assert.True(Margin(d => d >= LastQuarter) < Margin(d => d < LastQuarter) - 0.3m);
    }

    [Fact]
    public void OneCustomer_PaysSlowerAndSlower()
    {
        var delays = DaysPastDue().GroupBy(d => d.Customer).ToDictionary(g => g.Key, g => g.OrderBy(d => d.Due).Select(d => d.Days).ToList());
        var slowing = delays.Where(d => d.Value.Count >= 6 && d.Value.Zip(d.Value.Skip(1)).All(p => p.Second >= p.First) && d.Value[^1] - d.Value[0] > 30).ToList();

        Assert.Single(slowing);
    }

    [Fact]
    public void SomeCustomers_AreHabituallyLate()
    {
        var late = DaysPastDue().GroupBy(d => d.Customer).Where(g => g.Count() >= 3 && g.All(d => d.Days >= 20)).ToList();

        Assert.InRange(late.Count, 2, 6);
    }

    [Fact]
    public void Receipts_IncludePartialCombinedAndAliasOnlyPayments()
    {
        var receipts = Exports.Bank.Where(r => r.Amount > 0).ToList();
        var aliases = Exports.Customers.SelectMany(c => c["Aliases"].Split('|')).ToHashSet(StringComparer.Ordinal);
        var perInvoice = receipts.SelectMany(r => InvoiceNumber().Matches(r.Reference).Select(m => (Number: m.Value, Receipt: r))).GroupBy(x => x.Number);

        Assert.Contains(perInvoice, g => g.Count() == 2);
        Assert.Contains(receipts, r => InvoiceNumber().Count(r.Reference) == 2);
        Assert.Contains(receipts, r => !InvoiceNumber().IsMatch(r.Reference) && aliases.Contains(r.Counterparty));
    }

    [Fact]
    public void RegularDebits_AreAllPresent()
    {
        var debits = Exports.Bank.Where(r => r.Amount < 0).ToList();

        Assert.Equal(12, debits.Count(r => r.Counterparty == "Payroll" && r.Date >= new DateOnly(2025, 3, 1)));
        Assert.Contains(debits, r => r.Counterparty == "Lindenhof Property Management");
        Assert.Contains(debits, r => r.Reference.StartsWith("Expense report", StringComparison.Ordinal));
        Assert.Contains(debits, r => r.Counterparty == "Harbour Mercantile Bank");
        Assert.Contains(Exports.Bank, r => r.Counterparty == "Stripe Payments Europe" && r.Amount > 0);
    }

    // Net line amounts per tracked project, from an Xero export, for documents dated when the predicate says.
    private static Dictionary<string, decimal> NetByProject(IEnumerable<Dictionary<string, string>> lines, Func<DateOnly, bool> when) =>
        lines.Where(l => l["TrackingOption1"].Length > 0 && when(DemoExports.Date(l["InvoiceDate"])))
            .GroupBy(l => l["TrackingOption1"], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(l => DemoExports.Amount(l["LineAmount"])), StringComparer.Ordinal);

    // For receipts that quote exactly one invoice: how many days after its due date the money arrived.
    private static IEnumerable<(string Customer, DateOnly Due, int Days)> DaysPastDue()
    {
        var invoices = Exports.SalesDocuments.ToDictionary(r => r["InvoiceNumber"], StringComparer.Ordinal);
        var names = Exports.Customers.SelectMany(c => c["Aliases"].Split('|').Append(c["Name"]).Select(a => (Alias: a, Name: c["Name"]))).ToDictionary(a => a.Alias, a => a.Name, StringComparer.Ordinal);
        return Exports.Bank.Where(r => r.Amount > 0 && names.ContainsKey(r.Counterparty))
            .Select(r => (Receipt: r, Numbers: InvoiceNumber().Matches(r.Reference)))
            .Where(x => x.Numbers.Count == 1)
            .Select(x => (Receipt: x.Receipt, Invoice: invoices[x.Numbers[0].Value]))
            .Where(x => DemoExports.Amount(x.Invoice["Total"]) == x.Receipt.Amount)
            .Select(x => (names[x.Receipt.Counterparty], DemoExports.Date(x.Invoice["DueDate"]), x.Receipt.Date.DayNumber - DemoExports.Date(x.Invoice["DueDate"]).DayNumber));
    }

    [GeneratedRegex(@"INV-\d{4}")]
    private static partial Regex InvoiceNumber();
}
