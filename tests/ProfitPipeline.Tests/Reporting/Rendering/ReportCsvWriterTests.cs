using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Ledger;
using ProfitPipeline.Reporting.Model;
using ProfitPipeline.Reporting.Rendering;

namespace ProfitPipeline.Tests.Reporting.Rendering;

public sealed class ReportCsvWriterTests
{
    [Fact]
    public void FormulaLikeText_IsPrefixedAndQuoted_NegativeNumbersStayNumbers()
    {
        var lines = Lines(ReportCsvWriter.Write(ReportSamples.Hostile()));

        Assert.Equal("Customer,Revenue (EUR),Margin (%),Invoices,Last invoice", lines[0]);
        Assert.Equal("<script>alert(1)</script>,-12.50,-12.500,3,2026-03-01", lines[1]);
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",50,", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("\"'+SUM(A1)\",0,", lines[4], StringComparison.Ordinal);
        Assert.StartsWith("\"'@cmd\",1,", lines[5], StringComparison.Ordinal);
        Assert.StartsWith("\"'-2+3\",2,", lines[6], StringComparison.Ordinal);
        Assert.StartsWith("\"'\tTabbed\",3,", lines[7], StringComparison.Ordinal);
    }

    [Fact]
    public void QuotesCommasAndNewlines_AreQuotedPerRfc4180()
    {
        var text = Text(ReportCsvWriter.Write(ReportSamples.Hostile()));

        Assert.Contains("\"Plain, \"\"quoted\"\"\nline\",4,", text, StringComparison.Ordinal);
        Assert.Contains("\"\"\"onmouseover=alert(1) x=\"\"\",1000.10,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_StartsWithUtf8ByteOrderMark()
    {
        var bytes = ReportCsvWriter.Write(ReportSamples.Hostile());

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes.Take(3));
    }

    [Fact]
    public void MixedCurrencies_GetACurrencyColumn()
    {
        var table = new ReportTable("t", "T", [ReportColumn.Money("amount", "Amount")], [[new Money(1m, CurrencyCode.Eur)], [new Money(-2.5m, CurrencyCode.Usd)]]);

        var lines = Lines(ReportCsvWriter.Write(new ReportDocument("d", [table])));

        Assert.Equal(["Amount,Amount currency", "1,EUR", "-2.5,USD"], lines);
    }

    [Fact]
    public void AnyText_RoundTripsThroughAStrictParser_AndNeverStartsAFormula()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), text =>
        {
            var value = text.Get;
            var table = new ReportTable("t", "T", [ReportColumn.Text("text", "Text"), ReportColumn.Decimal("n", "N")], [[value, -12.50m]]);
            var csv = Text(ReportCsvWriter.Write(new ReportDocument("d", [table])));
            using var reader = CsvHelper.CsvReader.FromText(csv, new CsvHelper.CsvReaderOptions());
            var read = reader.Read();
            var cell = reader[0].ToString();
            var expected = CsvTextCell.IsFormulaLike(value) ? "'" + value : value;
            return read && cell == expected && reader[1].ToString() == "-12.50" && !CsvTextCell.IsFormulaLike(cell);
        }).QuickCheckThrowOnFailure();
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');

    private static string[] Lines(byte[] bytes) => Text(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
