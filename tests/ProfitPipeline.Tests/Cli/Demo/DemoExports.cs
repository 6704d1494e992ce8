using System.Globalization;
using System.Xml.Linq;
using CsvHelper;
using ProfitPipeline.Cli.Demo;

namespace ProfitPipeline.Tests.Cli.Demo;

/// <summary>Reads the generated files back the way an importer would: CSV through CsvHelper, CAMT through LINQ to XML.</summary>
internal sealed class DemoExports
{
    public static readonly XNamespace Camt = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";

    /// <summary>The as-of day most tests use: the CSV statement covers 2025, CAMT January to mid-March 2026.</summary>
    public static readonly DateOnly SampleAsOf = new(2026, 3, 15);

    private static readonly Lazy<DemoExports> LazySample = new(() => new DemoExports(new DemoCompany().Generate(SampleAsOf)));

    /// <summary>The default company at <see cref="SampleAsOf"/>, generated once for all read-only tests.</summary>
    public static DemoExports Sample => LazySample.Value;

    public DemoExports(IReadOnlyList<DemoFile> files)
    {
        Files = files;
        Customers = Csv("customers.csv");
        Invoices = Csv("invoices.csv");
        Bills = Csv("bills.csv");
        Expenses = Csv("expenses.csv");
        Stripe = Csv("stripe-payments.csv");
        CsvBank = files.Where(f => f.Name.StartsWith("bank-", StringComparison.Ordinal) && f.Name.EndsWith(".csv", StringComparison.Ordinal))
            .SelectMany(f => Read(f.Content))
            .Select(r => new BankRow(Date(r["Date"]), Amount(r["Amount"]), r["Counterparty"], r["IBAN"], r["Reference"]))
            .ToList();
        CamtDocument = XDocument.Load(new MemoryStream(files.Single(f => f.Name.EndsWith(".xml", StringComparison.Ordinal)).Content));
        CamtBank = CamtDocument.Descendants(Camt + "Ntry").Select(CamtRow).ToList();
    }

    public IReadOnlyList<DemoFile> Files { get; }

    public List<Dictionary<string, string>> Customers { get; }

    public List<Dictionary<string, string>> Invoices { get; }

    public List<Dictionary<string, string>> Bills { get; }

    public List<Dictionary<string, string>> Expenses { get; }

    public List<Dictionary<string, string>> Stripe { get; }

    public List<BankRow> CsvBank { get; }

    public XDocument CamtDocument { get; }

    public List<BankRow> CamtBank { get; }

    public IEnumerable<BankRow> Bank => CsvBank.Concat(CamtBank);

    /// <summary>One row per sales invoice or credit note (the export repeats the header on every line).</summary>
    public IEnumerable<Dictionary<string, string>> SalesDocuments => Invoices.DistinctBy(r => r["InvoiceNumber"]);

    public static decimal Amount(string text) => decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string[] Header(DemoFile file)
    {
        using var csv = CsvReader.Create(file.Content, Options);
        csv.ReadHeader();
        return [.. csv.Headers];
    }

    private static CsvReaderOptions Options => CsvReaderOptions.Default with { Separator = ',', IncludeValuesInExceptions = false };

    private List<Dictionary<string, string>> Csv(string name) => Read(Files.Single(f => f.Name == name).Content);

    private static List<Dictionary<string, string>> Read(byte[] content)
    {
        using var csv = CsvReader.Create(content, Options);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(csv.Headers.ToDictionary(h => h, h => csv.GetString(h), StringComparer.Ordinal));
        }

        return rows;
    }

    private static BankRow CamtRow(XElement entry)
    {
        var amount = Amount(entry.Element(Camt + "Amt")!.Value);
        var credit = entry.Element(Camt + "CdtDbtInd")!.Value == "CRDT";
        var details = entry.Descendants(Camt + "TxDtls").Single();
        var party = details.Descendants(Camt + (credit ? "Dbtr" : "Cdtr")).SingleOrDefault();
        var iban = details.Descendants(Camt + (credit ? "DbtrAcct" : "CdtrAcct")).Descendants(Camt + "IBAN").SingleOrDefault();
        return new BankRow(
            Date(entry.Element(Camt + "BookgDt")!.Element(Camt + "Dt")!.Value),
            credit ? amount : -amount,
            party?.Element(Camt + "Nm")?.Value ?? "",
            iban?.Value ?? "",
            details.Descendants(Camt + "Ustrd").Single().Value);
    }
}

/// <summary>A bank booking from either the CSV statement or the CAMT file.</summary>
internal sealed record BankRow(DateOnly Date, decimal Amount, string Counterparty, string Iban, string Reference);
