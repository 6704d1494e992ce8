using System.Text;
using Microsoft.Extensions.Options;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Ingestion.Exports;

/// <summary>Builds the export files the tests write, and runs a parser over one.</summary>
internal static class ExportFiles
{
    public static IOptions<IngestionOptions> Options { get; } = Microsoft.Extensions.Options.Options.Create(new IngestionOptions { DefaultCurrency = "EUR" });

    public static FileContent CsvFile(string name, params string[] lines) =>
        FileContent.FromBytes(name, Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));

    public static FileSample Sample(FileContent file)
    {
        using var stream = file.OpenRead();
        var head = new byte[(int)Math.Min(file.Length, 64 * 1024)];
        stream.ReadExactly(head);
        return new FileSample(file.Name, head, TextDecoding.Decode(head), file.Length);
    }

    public static int Detect(IFileParser parser, params string[] lines) => parser.Detect(Sample(CsvFile("sample.csv", lines)));

    public static (List<T> Records, ParseDiagnostics Diagnostics) Parse<T>(IFileParser parser, FileContent file)
        where T : ParsedRecord
    {
        var diagnostics = new ParseDiagnostics(file.Name);
        var records = parser.Parse(file, diagnostics, TestContext.Current.CancellationToken).ToList();
        return (records.Cast<T>().ToList(), diagnostics);
    }

    public static (List<ParsedTransaction> Records, ParseDiagnostics Diagnostics) Parse(IFileParser parser, params string[] lines) =>
        Parse<ParsedTransaction>(parser, CsvFile("export.csv", lines));

    public static Money Eur(decimal amount) => new(amount, CurrencyCode.Eur);

    public static Money Gbp(decimal amount) => new(amount, CurrencyCode.Gbp);

    public static Money Usd(decimal amount) => new(amount, CurrencyCode.Usd);
}
