using System.Globalization;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Benchmarks.Profitability;

/// <summary>
/// A deterministic synthetic business: customers with industry, size and region; per customer and month two invoices, a
/// referenced processor payment (with fee), an unreferenced bank receipt, a tagged bill, a tagged expense, and either a credit
/// note or an overhead bank debit; plus untagged overhead rows up to the requested count.
/// </summary>
internal static class GeneratedLedger
{
    public static readonly ImportId Import = ImportId.FromSha256(new byte[32]);
    private static readonly string[] Industries = ["retail", "software", "health", "finance", "media", "logistics", "energy", "education"];
    private static readonly string[] Sizes = ["small", "medium", "large"];
    private static readonly string[] Regions = ["north", "south", "east", "west", "central"];
    private static readonly string[] OverheadCategories = ["rent", "software", "payroll", "insurance", "utilities"];

    public static List<CustomerRecord> Customers(int count) => Enumerable.Range(0, count).Select(i => new CustomerRecord
    {
        Line = i + 1,
        Id = new CustomerId(Id("C", i)),
        Name = Id("Customer ", i),
        Dimensions = new Dictionary<string, string>
        {
            ["industry"] = Industries[i % Industries.Length],
            ["size"] = Sizes[i % Sizes.Length],
            ["region"] = Regions[(i / 7) % Regions.Length],
        },
    }).ToList();

    public static List<LedgerTransaction> Transactions(int total, int customers, DateOnly firstMonth, int months, int seed, string idPrefix = "T")
    {
        var random = new Random(seed);
        var rows = new List<LedgerTransaction>(total);
        var n = 0;
        string Next() => Id(idPrefix, n++);
        for (var m = 0; m < months && rows.Count < total; m++)
        {
            var month = firstMonth.AddMonths(m);
            for (var c = 0; c < customers && rows.Count + 8 <= total; c++)
            {
                var customer = Id("C", c);
                var project = c % 10 == 0 ? "P-" + customer : null;
                var a = Amount(random, 200, 5000);
                var b = Amount(random, 200, 5000);
                var issueA = month.AddDays(random.Next(0, 10));
                var issueB = month.AddDays(10 + random.Next(0, 10));
                var numberA = "INV-" + Next();
                var numberB = "INV-" + Next();
                rows.Add(Row(numberA[4..], TransactionKind.Invoice, issueA, a, t => t with { DueDate = issueA.AddDays(30), CustomerReference = customer, Project = project, References = new TransactionReferences(InvoiceNumber: numberA) }));
                rows.Add(Row(numberB[4..], TransactionKind.Invoice, issueB, b, t => t with { DueDate = issueB.AddDays(30), CustomerReference = customer, References = new TransactionReferences(InvoiceNumber: numberB) }));
                rows.Add(Row(Next(), TransactionKind.Payment, issueA.AddDays(random.Next(5, 60)), a, t => t with { FeeAmount = new Money(-Math.Round(a * 0.029m, 2), CurrencyCode.Eur), References = new TransactionReferences(InvoiceNumber: numberA) }));
                rows.Add(Tagged(Row(Next(), TransactionKind.BankCredit, issueB.AddDays(random.Next(10, 45)), b, t => t), customer));
                rows.Add(Row(Next(), TransactionKind.Bill, month.AddDays(random.Next(0, 28)), -Amount(random, 100, 2000), t => t with { CustomerReference = customer, SourceCategory = "contractors" }));
                rows.Add(Tagged(Row(Next(), TransactionKind.Expense, month.AddDays(random.Next(0, 28)), -Amount(random, 20, 300), t => t with { SourceCategory = "travel", Project = project }), customer));
                rows.Add(random.Next(5) == 0
                    ? Row(Next(), TransactionKind.CreditNote, issueA.AddDays(3), -Math.Round(a / 4, 2), t => t with { CustomerReference = customer, References = new TransactionReferences(PaymentReference: numberA) })
                    : Overhead(Next(), month, random));
                rows.Add(Overhead(Next(), month, random));
            }
        }

        for (var i = 0; rows.Count < total; i++)
        {
            rows.Add(Overhead(Next(), firstMonth.AddMonths(i % months), random));
        }

        return rows;
    }

    private static LedgerTransaction Overhead(string id, DateOnly month, Random random) =>
        Row(id, TransactionKind.BankDebit, month.AddDays(random.Next(0, 28)), -Amount(random, 10, 400), t => t with { SourceCategory = OverheadCategories[random.Next(OverheadCategories.Length)] });

    private static LedgerTransaction Tagged(LedgerTransaction t, string customer) =>
        t with { Tags = new TransactionTags(Customer: new Tag(customer, TagSource.Rule, 0.99m) { Accepted = true }) };

    private static LedgerTransaction Row(string id, TransactionKind kind, DateOnly date, decimal amount, Func<ParsedTransaction, ParsedTransaction> configure)
    {
        var parsed = configure(new ParsedTransaction { Line = 1, Kind = kind, BookingDate = date, Amount = new Money(amount, CurrencyCode.Eur) });
        return new LedgerTransaction(parsed, new TransactionId(id), new SourceLocation(Import, "generated.csv", 1));
    }

    private static decimal Amount(Random random, int min, int max) => random.Next(min * 100, max * 100) / 100m;

    private static string Id(string prefix, int i) => prefix + i.ToString("D7", CultureInfo.InvariantCulture);
}
