using System.Globalization;
using ProfitPipeline.Cli.Demo;

namespace ProfitPipeline.Tests.Cli.Demo;

public sealed class DemoCompanyTests
{
    private static readonly DateOnly AsOf = DemoExports.SampleAsOf;

    [Fact]
    public void SameAsOf_GivesByteIdenticalFiles()
    {
        var first = new DemoCompany().Generate(AsOf);
        var second = new DemoCompany().Generate(AsOf);

        Assert.Equal(first.Select(f => f.Name), second.Select(f => f.Name));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public void EveryExpectedFile_IsPresentAndNonEmpty()
    {
        var files = new DemoCompany().Generate(AsOf);

        Assert.Equal(
            ["customers.csv", "invoices.csv", "bills.csv", "expenses.csv", "stripe-payments.csv", "bank-2025.csv", "bank-camt053-2026-01_2026-03.xml"],
            files.Select(f => f.Name));
        Assert.All(files, f => Assert.True(f.Content.Length > 200, f.Name));
    }

    [Fact]
    public void CsvFiles_HaveTheDocumentedHeaders()
    {
        var files = new DemoCompany().Generate(AsOf).ToDictionary(f => f.Name);
        const string xero = "ContactName,InvoiceNumber,Reference,InvoiceDate,DueDate,Total,TaxTotal,InvoiceAmountPaid,InvoiceAmountDue,Description,Quantity,UnitAmount,LineAmount,AccountCode,TaxType,TaxAmount,TrackingName1,TrackingOption1,Currency,Type,Status";

        Assert.Equal("CustomerId,Name,Aliases,Industry,Size,Region", string.Join(',', DemoExports.Header(files["customers.csv"])));
        Assert.Equal(xero, string.Join(',', DemoExports.Header(files["invoices.csv"])));
        Assert.Equal(xero, string.Join(',', DemoExports.Header(files["bills.csv"])));
        Assert.Equal("Timestamp,Merchant,Amount,Category,Tag,Comment,Reimbursable,Report ID,Employee", string.Join(',', DemoExports.Header(files["expenses.csv"])));
        Assert.Equal("id,Created (UTC),Amount,Amount Refunded,Currency,Captured,Converted Amount,Fee,Taxes On Fee,Converted Currency,Description,Customer ID,Customer Email,Customer Description,Status", string.Join(',', DemoExports.Header(files["stripe-payments.csv"])));
        Assert.Equal("Date,Description,Counterparty,IBAN,Amount,Currency,Reference", string.Join(',', DemoExports.Header(files["bank-2025.csv"])));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void CurrentCulture_DoesNotChangeTheBytes(string culture)
    {
        var invariant = Generate(CultureInfo.InvariantCulture);
        var local = Generate(CultureInfo.GetCultureInfo(culture));

        Assert.Equal(invariant.Select(f => f.Name), local.Select(f => f.Name));
        Assert.All(invariant.Zip(local), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Theory]
    [InlineData(2026, 1, 1)]
    [InlineData(2025, 12, 31)]
    [InlineData(2026, 7, 20)]
    public void StatementSplit_FollowsTheAsOfDay(int year, int month, int day)
    {
        var asOf = new DateOnly(year, month, day);
        var exports = new DemoExports(new DemoCompany().Generate(asOf));
        var camtStart = new DateOnly(year, month, 1).AddMonths(-2);

        Assert.All(exports.CsvBank, r => Assert.True(r.Date < camtStart));
        Assert.All(exports.CamtBank, r => Assert.InRange(r.Date, camtStart, asOf.AddDays(-1)));
        Assert.All(exports.Files.Where(f => f.Name.StartsWith("bank-2", StringComparison.Ordinal)), f => Assert.Matches(@"^bank-\d{4}\.csv$", f.Name));
        Assert.All(exports.CsvBank.GroupBy(r => r.Date.Year), g => Assert.Contains(exports.Files, f => f.Name == $"bank-{g.Key}.csv"));
    }

    private static IReadOnlyList<DemoFile> Generate(CultureInfo culture)
    {
        var thread = Thread.CurrentThread;
        var (previous, previousUi) = (thread.CurrentCulture, thread.CurrentUICulture);
        try
        {
            (thread.CurrentCulture, thread.CurrentUICulture) = (culture, culture);
            return new DemoCompany().Generate(AsOf);
        }
        finally
        {
            (thread.CurrentCulture, thread.CurrentUICulture) = (previous, previousUi);
        }
    }
}
