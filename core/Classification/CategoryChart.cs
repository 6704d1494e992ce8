namespace ProfitPipeline.Classification;

/// <summary>One category of the chart: a stable id, a display name, and the profit-and-loss group it rolls up to.</summary>
public sealed record Category(string Id, string Name, CategoryGroup Group);

/// <summary>Where a category sits in a profit-and-loss view.</summary>
public enum CategoryGroup
{
    Revenue,
    CostOfSales,
    OperatingExpense,
    Tax,
    NonOperating,
}

/// <summary>The categories transactions are tagged with. <see cref="Default"/> suits a small services business; configuration may replace it.</summary>
public sealed class CategoryChart
{
    private readonly Dictionary<string, Category> _byKey;

    public CategoryChart(IEnumerable<Category> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        Categories = [.. categories];
        _byKey = new Dictionary<string, Category>(StringComparer.OrdinalIgnoreCase);
        foreach (var category in Categories)
        {
            _byKey.TryAdd(category.Id, category);
            _byKey.TryAdd(category.Name, category);
        }
    }

    public IReadOnlyList<Category> Categories { get; }

    public static CategoryChart Default { get; } = new(
    [
        new("revenue", "Revenue", CategoryGroup.Revenue),
        new("other-income", "Other income", CategoryGroup.NonOperating),
        new("cost-of-sales", "Cost of sales", CategoryGroup.CostOfSales),
        new("contractors", "Contractors", CategoryGroup.CostOfSales),
        new("payroll", "Payroll", CategoryGroup.OperatingExpense),
        new("rent", "Rent and utilities", CategoryGroup.OperatingExpense),
        new("software", "Software and subscriptions", CategoryGroup.OperatingExpense),
        new("hosting", "Hosting and cloud", CategoryGroup.CostOfSales),
        new("travel", "Travel", CategoryGroup.OperatingExpense),
        new("meals", "Meals and entertainment", CategoryGroup.OperatingExpense),
        new("marketing", "Marketing and advertising", CategoryGroup.OperatingExpense),
        new("professional-fees", "Legal and professional fees", CategoryGroup.OperatingExpense),
        new("office", "Office and equipment", CategoryGroup.OperatingExpense),
        new("insurance", "Insurance", CategoryGroup.OperatingExpense),
        new("bank-fees", "Bank and processor fees", CategoryGroup.OperatingExpense),
        new("taxes", "Taxes", CategoryGroup.Tax),
        new("reimbursements", "Employee reimbursements", CategoryGroup.OperatingExpense),
        new("transfers", "Transfers between own accounts", CategoryGroup.NonOperating),
        new("owner-draws", "Owner draws and contributions", CategoryGroup.NonOperating),
        new("loans", "Loans and interest", CategoryGroup.NonOperating),
        new("other-expense", "Other expenses", CategoryGroup.OperatingExpense),
    ]);

    /// <summary>The category with this id or name (ignoring case), if the chart has it.</summary>
    public Category? Find(string? idOrName) =>
        idOrName is not null && _byKey.TryGetValue(idOrName.Trim(), out var category) ? category : null;
}
