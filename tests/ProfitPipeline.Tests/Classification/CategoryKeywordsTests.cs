using System.Globalization;
using ProfitPipeline.Classification;

namespace ProfitPipeline.Tests.Classification;

/// <summary>The category a row's own words name, proposed where the model has not yet seen the row's kind.</summary>
public sealed class CategoryKeywordsTests
{
    private static readonly CategoryKeywords Default = CategoryKeywords.For(CategoryChart.Default);

    [Theory]
    [InlineData("Payroll SALARY PAYMENTS SALARIES NOVEMBER 2025", "-62096.85", "payroll", "payroll")]
    [InlineData("Harbour Mercantile Bank ACCOUNT CHARGES ACCOUNT FEES 2025-11", "-41.63", "bank-fees", "account charges")]
    [InlineData("Tax Office VAT VAT Q3 2026", "-18250.00", "taxes", "tax office")]
    [InlineData("Jonah Quillfeather SEPA CREDIT TRANSFER Expense report 17527336", "-105.09", "reimbursements", "expense report")]
    [InlineData("Café Müller lunch with client", "-38.50", "meals", "café")]
    [InlineData("Interest on savings", "12.40", "loans", "interest")]

    // Other languages' statements; the first as an MT940 of ../shared/data/formats/mt940 prints it (umlauts spelt out).
    [InlineData("Basislastschrift ABWA: Finanzamt Muenchen Abteilung Erhebung", "-12345.98", "taxes", "finanzamt")]
    [InlineData("Entgeltabschluss 4/2026", "-12.90", "bank-fees", "entgeltabschluss")]
    [InlineData("Gehalt November 2026 Personalnr 4711", "-3120.00", "payroll", "gehalt")]
    [InlineData("Note de frais Camille déplacement Lyon", "-86.40", "reimbursements", "note de frais")]
    [InlineData("Frais bancaires trimestriels", "-24.00", "bank-fees", "frais bancaires")]
    [InlineData("Huur december Keizersgracht", "-2450.00", "rent", "huur")]
    [InlineData("Nómina diciembre", "-2890.00", "payroll", "nómina")]
    public void TextNamingACategory_ThatCategoryAndThePhrase(string text, string amount, string category, string phrase)
    {
        var found = Default.Find(text, decimal.Parse(amount, CultureInfo.InvariantCulture));

        Assert.Equal((category, phrase), (found?.Category.Id, found?.Phrase));
    }

    [Theory]
    [InlineData("Refund of account fees", "4.00")]
    [InlineData("Quixotic Widgets GmbH SEPA 99812 widgets", "-437.12")]
    [InlineData("Rentals Ltd", "-10.00")]
    [InlineData("", "-10.00")]
    public void TextNamingNoCategoryForItsDirection_Nothing(string text, string amount) =>
        Assert.Null(Default.Find(text, decimal.Parse(amount, CultureInfo.InvariantCulture)));

    [Fact]
    public void ChartWithAliases_AliasesThatAreWordsAreKeywords_AccountCodesAreNot()
    {
        var chart = new CategoryChart(
            [new Category("fees", "Fees", CategoryGroup.OperatingExpense), new Category("vehicles", "Vehicles", CategoryGroup.OperatingExpense)],
            new Dictionary<string, string> { ["Bankgebühren"] = "fees", ["6855"] = "vehicles", ["Kfz-Kosten"] = "vehicles", ["Fees"] = "vehicles" });
        var keywords = CategoryKeywords.For(chart);

        Assert.Equal(("fees", "bankgebühren"), (keywords.Find("Bankgebühren Q1", -12m)?.Category.Id, keywords.Find("Bankgebühren Q1", -12m)?.Phrase));
        Assert.Equal(("vehicles", "kfz kosten"), (keywords.Find("Werkstatt Kfz-Kosten März", -380m)?.Category.Id, keywords.Find("Werkstatt Kfz-Kosten März", -380m)?.Phrase));
        Assert.Null(keywords.Find("Rechnung 6855 Lieferung", -380m));
        Assert.Equal("fees", keywords.Find("Fees", -3m)?.Category.Id);
    }

    [Fact]
    public void ChartOfItsOwn_ItsNamesAreKeywordsAndDefaultWordsOnlyForCategoriesItHas()
    {
        var chart = new CategoryChart([new Category("cleaning", "Office cleaning", CategoryGroup.OperatingExpense), new Category("payroll", "Staff", CategoryGroup.OperatingExpense)]);
        var keywords = CategoryKeywords.For(chart);

        Assert.Equal("cleaning", keywords.Find("Sparkle Ltd office cleaning March", -300m)?.Category.Id);
        Assert.Equal("payroll", keywords.Find("Salaries March", -9000m)?.Category.Id);
        Assert.Null(keywords.Find("Bank account fees", -4m));
    }
}
