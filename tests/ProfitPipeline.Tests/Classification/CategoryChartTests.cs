using ProfitPipeline.Classification;

namespace ProfitPipeline.Tests.Classification;

public sealed class CategoryChartTests
{
    [Theory]
    [InlineData("469", "rent")]
    [InlineData("321", "contractors")]
    [InlineData(" 485 ", "software")]
    [InlineData("Lodging", "travel")]
    [InlineData("office supplies", "office")]
    [InlineData("Expenses:Rent or Lease", "rent")]
    [InlineData("Meals and entertainment", "meals")]
    [InlineData("hosting", "hosting")]
    public void ExportAccountCodesAndNames_FindTheirCategory(string stated, string expected) =>
        Assert.Equal(expected, CategoryChart.Default.Find(stated)?.Id);

    [Theory]
    [InlineData("9999")]
    [InlineData("Expenses:")]
    [InlineData("")]
    [InlineData(null)]
    public void UnknownOrEmpty_FindsNothing(string? stated) => Assert.Null(CategoryChart.Default.Find(stated));

    [Fact]
    public void ConfiguredAliases_WinOverDefaultsAndNeedTheirCategoryInTheChart()
    {
        var options = new ClassificationOptions();
        options.CategoryAliases["469"] = "office";
        options.CategoryAliases["7000"] = "no-such-category";

        var chart = options.Chart;

        Assert.Equal("office", chart.Find("469")?.Id);
        Assert.Null(chart.Find("7000"));
        Assert.Equal("software", chart.Find("485")?.Id);
    }

    [Fact]
    public void CustomChart_KeepsOnlyAliasesOfItsOwnCategories()
    {
        var chart = new CategoryChart([new Category("rent", "Premises", CategoryGroup.OperatingExpense)], new Dictionary<string, string> { ["469"] = "rent", ["485"] = "software" });

        Assert.Equal("rent", chart.Find("469")?.Id);
        Assert.Equal("rent", chart.Find("premises")?.Id);
        Assert.Null(chart.Find("485"));
    }
}
