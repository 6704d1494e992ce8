using System.Text.Json;
using ProfitPipeline.Reporting.Rendering;

namespace ProfitPipeline.Tests.Reporting.Rendering;

public sealed class ReportJsonWriterTests
{
    [Fact]
    public void Table_MoneyAndPercentAreJsonNumbers()
    {
        using var json = JsonDocument.Parse(ReportJsonWriter.Write(ReportSamples.Hostile()));

        var table = json.RootElement.GetProperty("sections")[0];
        Assert.Equal("table", table.GetProperty("type").GetString());
        var first = table.GetProperty("rows")[0];
        var revenue = first.GetProperty("revenue");
        Assert.Equal(JsonValueKind.Number, revenue.GetProperty("amount").ValueKind);
        Assert.Equal(-12.50m, revenue.GetProperty("amount").GetDecimal());
        Assert.Equal("-12.50", revenue.GetProperty("amount").GetRawText());
        Assert.Equal("EUR", revenue.GetProperty("currency").GetString());
        Assert.Equal(-0.125m, first.GetProperty("margin").GetDecimal());
        Assert.Equal(3, first.GetProperty("invoices").GetInt32());
        Assert.Equal("2026-03-01", first.GetProperty("lastInvoice").GetString());
        Assert.Equal(ReportSamples.ScriptName, first.GetProperty("customer").GetString());
    }

    [Fact]
    public void Document_PropertiesAreCamelCaseAndChartsCarryDecimals()
    {
        using var json = JsonDocument.Parse(ReportJsonWriter.Write(ReportSamples.Hostile()));
        var root = json.RootElement;

        Assert.Equal("2026-01 to 2026-03", root.GetProperty("period").GetString());
        var sections = root.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(["table", "whaleCurve", "groupedBars", "lineSeries", "histogram", "flagList"], sections.Select(s => s.GetProperty("type").GetString()));
        Assert.Equal([120m, 170m, 180m, 150m, 70m], sections[1].GetProperty("points").EnumerateArray().Select(p => p.GetDecimal()));
        Assert.Equal(JsonValueKind.Null, sections[3].GetProperty("series")[0].GetProperty("values")[1].ValueKind);
        // 3, 14 | 20 | 45, 60 (the last bucket is closed); 61 lies outside.
        Assert.Equal([2, 1, 2], sections[4].GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal("tx-<2>", sections[5].GetProperty("flags")[0].GetProperty("transactionIds")[1].GetString());
        Assert.Equal("lastInvoice", sections[0].GetProperty("columns")[4].GetProperty("key").GetString());
        Assert.Equal("percent", sections[0].GetProperty("columns")[2].GetProperty("kind").GetString());
    }
}
