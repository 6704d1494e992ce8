using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using ProfitPipeline.Cli.Demo;

namespace ProfitPipeline.Tests.Cli.Demo;

/// <summary>The generated files agree with each other, read back as an importer would read them.</summary>
public sealed partial class DemoCompanyConsistencyTests
{
    private static DemoExports Exports => DemoExports.Sample;

    [Fact]
    public void EveryInvoiceReferencedByAPayment_Exists()
    {
        var numbers = Exports.SalesDocuments.Select(r => r["InvoiceNumber"]).ToHashSet(StringComparer.Ordinal);
        var referenced = Exports.Bank.Where(r => r.Amount > 0).Select(r => r.Reference)
            .Concat(Exports.Stripe.Select(r => r["Description"]))
            .SelectMany(text => InvoiceNumber().Matches(text).Select(m => m.Value))
            .ToList();

        Assert.True(referenced.Count > 200, $"only {referenced.Count} references");
        Assert.All(referenced, number => Assert.Contains(number, numbers));
    }

    [Fact]
    public void Receipts_NeverExceedWhatTheyPay()
    {
        var totals = Exports.SalesDocuments.ToDictionary(r => r["InvoiceNumber"], r => DemoExports.Amount(r["Total"]), StringComparer.Ordinal);
        var received = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var receipt in Exports.Bank.Where(r => r.Amount > 0))
        {
            var numbers = InvoiceNumber().Matches(receipt.Reference).Select(m => m.Value).ToList();
            Assert.True(receipt.Amount <= numbers.Sum(n => totals[n]) || numbers.Count == 0, receipt.Reference);
            if (numbers.Count == 1)
            {
                received[numbers[0]] = received.GetValueOrDefault(numbers[0]) + receipt.Amount;
            }
        }

        foreach (var charge in Exports.Stripe.Where(r => r["Status"] == "Paid"))
        {
            var number = InvoiceNumber().Match(charge["Description"]).Value;
            received[number] = received.GetValueOrDefault(number) + DemoExports.Amount(charge["Amount"]);
        }

        Assert.All(received, r => Assert.True(r.Value <= totals[r.Key], r.Key));
    }

    [Fact]
    public void InvoicePaidAndDue_AddUpToTheTotal()
    {
        foreach (var invoice in Exports.SalesDocuments.Where(r => r["Type"] == "Sales invoice"))
        {
            var (total, paid, due) = (DemoExports.Amount(invoice["Total"]), DemoExports.Amount(invoice["InvoiceAmountPaid"]), DemoExports.Amount(invoice["InvoiceAmountDue"]));
            var credited = Exports.SalesDocuments.Any(r => r["Type"] == "Sales credit note" && r["Reference"] == invoice["InvoiceNumber"]);

            Assert.Equal(credited ? 0m : total, paid + due);
            Assert.Equal(due == 0m ? "Paid" : "Awaiting Payment", invoice["Status"]);
        }
    }

    [Fact]
    public void LineAmounts_AddUpToTheDocumentTotals()
    {
        foreach (var document in Exports.Invoices.Concat(Exports.Bills).GroupBy(r => (r["ContactName"], r["InvoiceNumber"])))
        {
            var net = document.Sum(l => DemoExports.Amount(l["LineAmount"]));
            var tax = document.Sum(l => DemoExports.Amount(l["TaxAmount"]));

            Assert.Equal(DemoExports.Amount(document.First()["TaxTotal"]), tax);
            Assert.Equal(DemoExports.Amount(document.First()["Total"]), net + tax);
            Assert.All(document, l => Assert.Equal(DemoExports.Amount(l["LineAmount"]), Math.Round(DemoExports.Amount(l["Quantity"]) * DemoExports.Amount(l["UnitAmount"]), 2)));
        }
    }

    [Fact]
    public void CreditNote_CancelsANamedInvoice_WhichIsReissuedAfterIt()
    {
        var creditNote = Exports.SalesDocuments.Single(r => r["InvoiceNumber"] == "CN-0001");
        var original = Exports.SalesDocuments.Single(r => r["InvoiceNumber"] == creditNote["Reference"]);
        var reissue = Exports.SalesDocuments.Single(r => r["Reference"] == $"Re-issue of {original["InvoiceNumber"]}");

        Assert.Equal("Sales credit note", creditNote["Type"]);
        Assert.Equal(-DemoExports.Amount(original["Total"]), DemoExports.Amount(creditNote["Total"]));
        Assert.Equal(original["ContactName"], reissue["ContactName"]);
        Assert.True(DemoExports.Date(reissue["InvoiceDate"]) >= DemoExports.Date(creditNote["InvoiceDate"]));
        Assert.True(string.CompareOrdinal(reissue["InvoiceNumber"], original["InvoiceNumber"]) > 0);
    }

    [Fact]
    public void CamtFile_IsWellFormedCamt053_AndStartsAfterTheCsvStatement()
    {
        var root = Exports.CamtDocument.Root!;
        var lastCsvDay = Exports.CsvBank.Max(r => r.Date);

        Assert.Equal(DemoExports.Camt + "Document", root.Name);
        Assert.Equal(3, root.Descendants(DemoExports.Camt + "Stmt").Count());
        Assert.All(root.Descendants(DemoExports.Camt + "Stmt"), s => Assert.Equal(DemoCompany.AccountIban, s.Element(DemoExports.Camt + "Acct")!.Descendants(DemoExports.Camt + "IBAN").Single().Value));
        Assert.All(root.Descendants(DemoExports.Camt + "Ntry"), e => Assert.Equal("BOOK", e.Element(DemoExports.Camt + "Sts")!.Value));
        Assert.NotEmpty(Exports.CamtBank);
        Assert.All(Exports.CamtBank, r => Assert.True(r.Date > lastCsvDay));
        Assert.All(Exports.Bank, r => Assert.True(r.Date < DemoExports.SampleAsOf));
    }

    [Fact]
    public void CamtBalances_ChainFromStatementToStatement()
    {
        decimal? previousClosing = null;
        foreach (var statement in Exports.CamtDocument.Descendants(DemoExports.Camt + "Stmt"))
        {
            var balances = statement.Elements(DemoExports.Camt + "Bal").ToDictionary(b => b.Descendants(DemoExports.Camt + "Cd").First().Value, Signed);
            var movement = statement.Elements(DemoExports.Camt + "Ntry").Sum(Signed);

            Assert.Equal(balances["OPBD"] + movement, balances["CLBD"]);
            Assert.Equal(previousClosing ?? balances["OPBD"], balances["OPBD"]);
            previousClosing = balances["CLBD"];
        }
    }

    [Fact]
    public void EveryIban_HasAValidChecksum()
    {
        var ibans = Exports.Bank.Select(r => r.Iban).Where(i => i.Length > 0).Append(DemoCompany.AccountIban).Distinct().ToList();

        Assert.True(ibans.Count > 40, $"only {ibans.Count} IBANs");
        Assert.All(ibans, iban => Assert.True(IsValidIban(iban), iban));
    }

    [Fact]
    public void AllCustomers_HaveAtLeastOneInvoice()
    {
        var invoiced = Exports.SalesDocuments.Select(r => r["ContactName"]).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(36, Exports.Customers.Count);
        Assert.Equal(36, Exports.Customers.Select(c => c["CustomerId"]).Distinct().Count());
        Assert.All(Exports.Customers, c => Assert.Contains(c["Name"], invoiced));
    }

    [Fact]
    public void ProjectTags_OnBillsAndExpenses_BelongToInvoicedProjects()
    {
        var projects = Exports.Invoices.Select(r => r["TrackingOption1"]).ToHashSet(StringComparer.Ordinal);
        var tags = Exports.Bills.Select(r => r["TrackingOption1"]).Concat(Exports.Expenses.Select(r => r["Tag"])).Where(t => t.Length > 0).ToList();

        Assert.True(tags.Count > 50, $"only {tags.Count} tags");
        Assert.All(tags, t => Assert.Contains(t, projects));
    }

    [Fact]
    public void AmountsAndDates_UseInvariantFormats()
    {
        Assert.All(Exports.Bank, r => Assert.Equal(Math.Round(r.Amount, 2), r.Amount));
        Assert.All(Exports.Invoices.Concat(Exports.Bills), r => Assert.Matches(@"^-?\d+\.\d{2}$", r["Total"]));
        Assert.All(Exports.Stripe, r => Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", r["Created (UTC)"]));
        Assert.All(Exports.Expenses, r => Assert.Matches(@"^\d+\.\d{2}$", r["Amount"]));
    }

    // An independent mod-97 check over the whole number, not the generator's digit-by-digit one.
    private static bool IsValidIban(string iban)
    {
        var rearranged = iban[4..] + iban[..4];
        var digits = string.Concat(rearranged.Select(c => char.IsAsciiLetter(c) ? (c - 'A' + 10).ToString(CultureInfo.InvariantCulture) : c.ToString()));
        return Regex.IsMatch(iban, "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$") && BigInteger.Parse(digits, CultureInfo.InvariantCulture) % 97 == 1;
    }

    private static decimal Signed(System.Xml.Linq.XElement element)
    {
        var amount = DemoExports.Amount(element.Element(DemoExports.Camt + "Amt")!.Value);
        return element.Element(DemoExports.Camt + "CdtDbtInd")!.Value == "CRDT" ? amount : -amount;
    }

    [GeneratedRegex(@"INV-\d{4}")]
    private static partial Regex InvoiceNumber();
}
