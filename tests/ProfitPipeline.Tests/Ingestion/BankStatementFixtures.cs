using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using ProfitPipeline.Ingestion;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Ingestion;

/// <summary>Runs a bank statement parser over a fixture file or inline text and keeps everything it reported.</summary>
internal static class BankStatementFixtures
{
    public static IOptions<IngestionOptions> Options { get; } = Microsoft.Extensions.Options.Options.Create(new IngestionOptions { DefaultCurrency = "EUR" });

    public static string PathOf(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static ParserRun Run(IFileParser parser, params string[] fixturePath) =>
        Run(parser, FileContent.FromFile(PathOf(fixturePath)));

    public static ParserRun RunText(IFileParser parser, string text) =>
        Run(parser, FileContent.FromBytes("inline.txt", Encoding.UTF8.GetBytes(text)));

    public static FileSample Sample(params string[] fixturePath)
    {
        var bytes = File.ReadAllBytes(PathOf(fixturePath));
        var head = bytes.AsMemory(0, Math.Min(bytes.Length, 4096));
        return new FileSample(fixturePath[^1], head, TextDecoding.Decode(head.Span), bytes.LongLength);
    }

    /// <summary>Asserts a fixture's pinned transaction and rejection counts, and that every sign matches its kind.</summary>
    public static void AssertPinned(IFileParser parser, string folder, string file, int transactions, int rejections)
    {
        var run = Run(parser, [folder, .. file.Split('/')]).ShouldBeReadable();

        Assert.Equal(transactions, run.Transactions.Count);
        Assert.Equal(rejections, run.Diagnostics.Rejections.Count);
        Assert.All(run.Transactions, t => Assert.Equal(t.Amount.Amount > 0 ? TransactionKind.BankCredit : TransactionKind.BankDebit, t.Kind));
    }

    /// <summary>Asserts that a fixture is refused whole, with a reason containing <paramref name="reason"/>, and yields nothing.</summary>
    public static void AssertRefused(IFileParser parser, string folder, string file, string reason)
    {
        var run = Run(parser, [folder, .. file.Split('/')]);

        Assert.NotNull(run.Unreadable);
        Assert.Contains(reason, run.Unreadable.Message, StringComparison.Ordinal);
        Assert.Empty(run.Transactions);
    }

    /// <summary>Runs <paramref name="check"/> with <paramref name="culture"/> as the current culture.</summary>
    public static void InCulture(string culture, Action check)
    {
#pragma warning disable RS0030 // Changing the ambient culture is the point: parsers must not depend on it.
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            check();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
#pragma warning restore RS0030
    }

    private static ParserRun Run(IFileParser parser, FileContent file)
    {
        var diagnostics = new ParseDiagnostics(file.Name);
        var records = new List<ParsedTransaction>();
        try
        {
            records.AddRange(parser.Parse(file, diagnostics, TestContext.Current.CancellationToken).Cast<ParsedTransaction>());
            return new ParserRun(records, diagnostics, null);
        }
        catch (UnreadableFileException ex)
        {
            return new ParserRun(records, diagnostics, ex);
        }
    }
}

internal sealed record ParserRun(IReadOnlyList<ParsedTransaction> Transactions, ParseDiagnostics Diagnostics, UnreadableFileException? Unreadable)
{
    public ParserRun ShouldBeReadable()
    {
        Assert.Null(Unreadable);
        return this;
    }
}
