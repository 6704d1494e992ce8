using System.Globalization;

namespace ProfitPipeline.Cli.Demo;

/// <summary>The single-table exports: customer master, Expensify, Stripe payments and the bank statement CSV.</summary>
internal static class FlatExports
{
    public static readonly string[] CustomerHeader = ["CustomerId", "Name", "Aliases", "Industry", "Size", "Region"];

    public static readonly string[] ExpenseHeader = ["Timestamp", "Merchant", "Amount", "Category", "Tag", "Comment", "Reimbursable", "Report ID", "Employee"];

    public static readonly string[] StripeHeader =
    [
        "id", "Created (UTC)", "Amount", "Amount Refunded", "Currency", "Captured", "Converted Amount", "Fee", "Taxes On Fee",
        "Converted Currency", "Description", "Customer ID", "Customer Email", "Customer Description", "Status",
    ];

    public static readonly string[] BankHeader = ["Date", "Description", "Counterparty", "IBAN", "Amount", "Currency", "Reference"];

    private const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss";

    public static byte[] Customers(IEnumerable<DemoCustomer> customers) =>
        DemoCsv.Write(CustomerHeader, customers.Select(c => new[] { c.Id, c.Name, c.Aliases, c.Industry, c.Size, c.Region }));

    public static byte[] Expenses(IEnumerable<ExpenseClaim> claims) =>
        DemoCsv.Write(ExpenseHeader, claims.Select(c => new[]
        {
            c.Timestamp.ToString(DateTimeFormat, CultureInfo.InvariantCulture), c.Merchant, DemoAmount.Text(c.Amount), c.Category, c.Tag,
            c.Comment, c.Reimbursable ? "Yes" : "No", c.ReportId, c.Employee,
        }));

    public static byte[] Stripe(IEnumerable<StripeCharge> charges) =>
        DemoCsv.Write(StripeHeader, charges.Select(c => new[]
        {
            c.Id, c.CreatedUtc.ToString(DateTimeFormat, CultureInfo.InvariantCulture), DemoAmount.Text(c.Amount), DemoAmount.Text(0m), "eur",
            c.Succeeded ? "true" : "false", DemoAmount.Text(c.Amount), DemoAmount.Text(c.Fee), DemoAmount.Text(0m), "eur", c.Description,
            c.CustomerId, c.CustomerEmail, c.CustomerName, c.Succeeded ? "Paid" : "Failed",
        }));

    public static byte[] Bank(IEnumerable<BankEntry> entries) =>
        DemoCsv.Write(BankHeader, entries.Select(e => new[]
        {
            DemoAmount.Text(e.Date), e.Description, e.Counterparty, e.Iban, DemoAmount.Text(e.Amount), DemoCompany.HomeCurrency, e.Reference,
        }));
}
