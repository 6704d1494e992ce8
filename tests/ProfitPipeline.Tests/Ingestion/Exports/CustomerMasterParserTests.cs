using ProfitPipeline.Ingestion;
using ProfitPipeline.Ingestion.Exports.Customers;
using ProfitPipeline.Ledger;
using static ProfitPipeline.Tests.Ingestion.Exports.ExportFiles;

namespace ProfitPipeline.Tests.Ingestion.Exports;

public sealed class CustomerMasterParserTests
{
    internal const string Header = "Customer ID,Name,Aliases,Industry, Size ,Region";

    [Fact]
    public void Rows_BecomeCustomerRecordsWithAliasesAndDimensions()
    {
        var file = CsvFile(
            "customers.csv",
            Header,
            "C-001,Acme Ltd,ACME LIMITED; Acme UK|acme.example,Retail,Large,North",
            "C-002,Beta GmbH,,Manufacturing,,",
            "C-001,Acme Again,,,,",
            ",No Id,,,,");

        var (records, diagnostics) = Parse<CustomerRecord>(new CustomerMasterParser(Options), file);

        Assert.Equal(2, records.Count);
        Assert.Equal(("C-001", "Acme Ltd", 2), (records[0].Id.Value, records[0].Name, records[0].Line));
        Assert.Equal(["ACME LIMITED", "Acme UK", "acme.example"], records[0].Aliases);
        Assert.Equal(new Dictionary<string, string> { ["Industry"] = "Retail", ["Size"] = "Large", ["Region"] = "North" }, records[0].Dimensions);
        Assert.Equal(new Dictionary<string, string> { ["Industry"] = "Manufacturing" }, records[1].Dimensions);
        Assert.Empty(records[1].Aliases);
        Assert.Equal(
            [(4, (int?)1, "duplicate customer id: first given on line 2"), (5, 1, "Customer ID is empty")],
            diagnostics.Rejections.Select(r => (r.Line, r.Column, r.Reason)));
    }

    [Fact]
    public void Detect_NeedsAnIdAndANameAndNoLedgerColumns()
    {
        var parser = new CustomerMasterParser(Options);

        Assert.Equal(90, Detect(parser, Header));
        Assert.Equal(80, Detect(parser, "Code,Company,Segment"));
        Assert.Equal(0, Detect(parser, "id,name,amount"));
        Assert.Equal(0, Detect(parser, "Name,Region"));
    }

    [Fact]
    public void HeaderOnly_IsUnreadable() =>
        Assert.Throws<UnreadableFileException>(() => Parse<CustomerRecord>(new CustomerMasterParser(Options), CsvFile("c.csv", Header)));
}
