using Microsoft.Extensions.Options;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ingestion.Csv;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Ingestion.Csv;

/// <summary>Builds the parser as DI would (EUR home currency, built-in profiles) and reads files through it.</summary>
internal static class BankCsvTestParser
{
    public static BankCsvParser Create(string homeCurrency = "EUR", params MappingProfile[] extraProfiles) =>
        new(Options.Create(new IngestionOptions { DefaultCurrency = homeCurrency }), [new BuiltInMappingProfiles(), new ListedProfiles(extraProfiles)]);

    public static string FixturePath(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Csv", relative);

    public static FileContent Fixture(string relative) => FileContent.FromFile(FixturePath(relative));

    public static (List<ParsedTransaction> Transactions, ParseDiagnostics Diagnostics) ParseAll(BankCsvParser parser, FileContent file)
    {
        var diagnostics = new ParseDiagnostics(file.Name);
        var transactions = parser.Parse(file, diagnostics, TestContext.Current.CancellationToken).Cast<ParsedTransaction>().ToList();
        return (transactions, diagnostics);
    }

    public static FileSample Sample(byte[] bytes, string name = "sample.csv")
    {
        var head = bytes.AsMemory(0, Math.Min(bytes.Length, 64 * 1024));
        return new FileSample(name, head, TextDecoding.Decode(head.Span), bytes.Length);
    }

    private sealed class ListedProfiles(IReadOnlyList<MappingProfile> profiles) : IMappingProfileSource
    {
        public IReadOnlyList<MappingProfile> GetProfiles() => profiles;
    }
}
