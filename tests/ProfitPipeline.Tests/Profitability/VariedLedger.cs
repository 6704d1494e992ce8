using System.Globalization;
using ProfitPipeline.Ledger;
using static ProfitPipeline.Tests.Profitability.TestLedger;

namespace ProfitPipeline.Tests.Profitability;

/// <summary>
/// A seeded random ledger that touches every rule of the engine: invoices with and without due dates, net amounts, projects and
/// category tags; credit notes naming invoices (some ambiguous or unknown) and their re-issues; payments by reference (partial,
/// full, over), by amount and by sum of open invoices; refunds by reference, by credit note and by amount; fee rows tied to
/// payments or invoices; disputes; human tags; bills and the bank debits that pay them; non-cost categories; duplicates,
/// foreign-currency rows and rows after the as-of date. Not realistic, but dense in the cases the optimised paths must keep.
/// </summary>
internal static class VariedLedger
{
    public static readonly DateOnly FirstDay = new(2025, 11, 1);

    public static DateOnly AsOf => FirstDay.AddDays(150);

    private static readonly string[] Costs = ["rent", "software", "contractors", "payroll", "transfer", "travel", "tax"];

    public static List<CustomerRecord> Customers() => Enumerable.Range(1, 12).Select(i =>
        (i % 5) switch
        {
            0 => Customer(Name(i)),
            1 => Customer(Name(i), ("Industry", i % 2 == 0 ? "Retail" : "Software"), ("Size", "small")),
            2 => Customer(Name(i), ("industry", " Retail "), ("Region", "north")),
            _ => Customer(Name(i), ("Industry", "Media"), ("Size", i % 3 == 0 ? "large" : " "), ("Region", "south")),
        }).ToList();

    public static List<LedgerTransaction> Generate(int seed, int rows)
    {
        var random = new Random(seed);
        var ledger = new List<LedgerTransaction>(rows + (rows / 10));
        var invoices = new List<LedgerTransaction>();
        var creditNotes = new List<LedgerTransaction>();
        var payments = new List<LedgerTransaction>();
        for (var n = 0; ledger.Count < rows; n++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"R{random.Next(100_000):D5}-{n}");
            var day = FirstDay.AddDays(random.Next(0, 165));
            var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var customer = random.Next(14) switch { 12 => "X99", 13 => null, var c => c % 4 == 0 ? Name(c + 1).ToLowerInvariant() : Name(c + 1) };
            var project = random.Next(6) switch { 0 => "P-" + random.Next(4).ToString(CultureInfo.InvariantCulture), 1 => " P-1 ", _ => null };
            var amount = Cents(random, 100, 3000);
            var invoice = invoices.Count > 0 ? invoices[random.Next(invoices.Count)] : null;
            var row = random.Next(20) switch
            {
                < 5 => Tx(id, TransactionKind.Invoice, date, amount, invoiceNumber: random.Next(30) == 0 && invoice is not null ? invoice.References.InvoiceNumber : "INV-" + id,
                    customerRef: random.Next(3) > 0 ? customer : null, customerTag: random.Next(3) == 0 ? customer : null,
                    project: project, due: random.Next(3) == 0 ? null : day.AddDays(random.Next(-5, 45)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    status: random.Next(25) == 0 ? "Disputed" : null, category: random.Next(4) == 0 ? "consulting" : null),
                5 when invoice is not null => Tx(id, TransactionKind.CreditNote, date, -Math.Round(invoice.Amount.Amount / random.Next(1, 4), 2),
                    invoiceNumber: random.Next(2) == 0 ? "CN-" + id : null,
                    paymentReference: random.Next(5) == 0 ? "UNKNOWN-" + id : invoice.References.InvoiceNumber, customerRef: invoice.CustomerReference ?? customer),
                6 or 7 when invoice is not null => Tx(id, TransactionKind.Payment, date, random.Next(4) switch { 0 => Math.Round(invoice.Amount.Amount / 2, 2), 1 => invoice.Amount.Amount + 10m, _ => invoice.Amount.Amount },
                    invoiceNumber: random.Next(2) == 0 ? invoice.References.InvoiceNumber : null,
                    description: random.Next(2) == 0 ? "Paid " + invoice.References.InvoiceNumber?.ToLowerInvariant() + "." : "card payment",
                    fee: random.Next(2) == 0 ? -Math.Round(amount / 50, 2) : null, bankId: "BK-" + id, endToEnd: random.Next(3) == 0 ? "E2E-" + id : null),
                8 or 9 => Tx(id, TransactionKind.BankCredit, date, invoice is not null && random.Next(3) > 0 ? invoice.Amount.Amount : amount,
                    customerTag: customer, description: random.Next(4) == 0 ? "remittance " + id : string.Empty),
                10 when creditNotes.Count > 0 => Refund(id, date, creditNotes[random.Next(creditNotes.Count)], random),
                11 when payments.Count > 0 => Tx(id, TransactionKind.Fee, date, -Cents(random, 1, 30),
                    bankId: random.Next(2) == 0 ? payments[random.Next(payments.Count)].References.BankId : null,
                    invoiceNumber: random.Next(2) == 0 ? invoice?.References.InvoiceNumber : null, customerRef: random.Next(4) == 0 ? customer : null),
                12 => Tx(id, TransactionKind.Bill, date, -amount, invoiceNumber: "SUP-" + (n % 40).ToString(CultureInfo.InvariantCulture),
                    customerRef: random.Next(2) == 0 ? customer : null, project: project, category: Costs[random.Next(Costs.Length)]),
                13 => Tx(id, TransactionKind.BankDebit, date, -amount, description: "Pay SUP-" + random.Next(60).ToString(CultureInfo.InvariantCulture), category: "contractors"),
                14 => Tx(id, TransactionKind.Expense, date, -Cents(random, 5, 400), customerTag: random.Next(2) == 0 ? customer : null,
                    tagSource: random.Next(3) == 0 ? TagSource.Human : TagSource.Rule, project: project, category: Costs[random.Next(Costs.Length)]),
                15 => Tx(id, TransactionKind.Reimbursement, date, -Cents(random, 5, 200), customerRef: customer),
                16 when invoice is not null && random.Next(3) == 0 => Tx(id, TransactionKind.Invoice, date, invoice.Amount.Amount, invoiceNumber: "RE-" + id,
                    customerRef: invoice.CustomerReference, due: day.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                17 => Tx(id, TransactionKind.BankCredit, date, amount, currency: CurrencyCode.Usd, customerTag: customer),
                _ => Tx(id, TransactionKind.BankDebit, date, -Cents(random, 10, 900), category: Costs[random.Next(Costs.Length)], status: random.Next(40) == 0 ? "chargeback" : null),
            };
            if (row.Kind == TransactionKind.Invoice && random.Next(5) == 0)
            {
                row = row with { NetAmount = Eur(Math.Round(row.Amount.Amount / 1.2m, 2)) };
            }

            (row.Kind switch { TransactionKind.Invoice => invoices, TransactionKind.CreditNote => creditNotes, TransactionKind.Payment => payments, _ => null })?.Add(row);
            ledger.Add(row);
            if (random.Next(40) == 0)
            {
                ledger.Add(row with { Source = row.Source with { FileName = "again.csv", Line = 2 } });
            }
        }

        return ledger;
    }

    private static LedgerTransaction Refund(string id, string date, LedgerTransaction creditNote, Random random) => random.Next(3) switch
    {
        0 => Tx(id, TransactionKind.Payment, date, creditNote.Amount.Amount, paymentReference: creditNote.References.InvoiceNumber ?? creditNote.References.PaymentReference),
        1 => Tx(id, TransactionKind.BankDebit, date, creditNote.Amount.Amount, description: "refund " + creditNote.References.PaymentReference),
        _ => Tx(id, TransactionKind.Payment, date, creditNote.Amount.Amount, customerRef: creditNote.CustomerReference),
    };

    private static string Name(int i) => "C" + i.ToString("D2", CultureInfo.InvariantCulture);

    private static decimal Cents(Random random, int min, int max) => random.Next(min * 100, max * 100) / 100m;
}
