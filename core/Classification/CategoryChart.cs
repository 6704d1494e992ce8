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
    private readonly List<(string Alias, Category Category)> _aliases = [];

    /// <param name="categories">The chart.</param>
    /// <param name="aliases">
    /// Other names for its categories (account codes, other apps' category names) → category id; an alias whose category
    /// is not in the chart is ignored, and an id or name of the chart always wins over an alias.
    /// </param>
    public CategoryChart(IEnumerable<Category> categories, IReadOnlyDictionary<string, string>? aliases = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        Categories = [.. categories];
        _byKey = new Dictionary<string, Category>(StringComparer.OrdinalIgnoreCase);
        foreach (var category in Categories)
        {
            _byKey.TryAdd(category.Id, category);
            _byKey.TryAdd(category.Name, category);
        }

        var byId = Categories.DistinctBy(c => c.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, id) in aliases ?? new Dictionary<string, string>())
        {
            if (byId.TryGetValue(id.Trim(), out var category) && _byKey.TryAdd(alias.Trim(), category))
            {
                _aliases.Add((alias.Trim(), category));
            }
        }
    }

    public IReadOnlyList<Category> Categories { get; }

    /// <summary>The aliases the chart took, each with its category (an alias that names another category's id or name is not one).</summary>
    public IReadOnlyList<(string Alias, Category Category)> Aliases => _aliases;

    /// <summary>Why <paramref name="idOrName"/> cannot be a tag: it is not in the chart, whose ids are listed.</summary>
    public string NotInChart(string idOrName) =>
        $"'{idOrName}' is not in the category chart (its ids: {string.Join(", ", Categories.Select(c => c.Id))}); add it to the chart first";

    /// <summary>The default chart's categories, without aliases.</summary>
    public static IReadOnlyList<Category> DefaultCategories { get; } =
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
    ];

    // After DefaultCategories: static initialisers run in the order they are written.
    public static CategoryChart Default { get; } = new(DefaultCategories, SourceCategoryAliases.Default);

    /// <summary>
    /// The category with this id, name or alias (ignoring case), if the chart has it; for an account path such as
    /// "Expenses:Rent or Lease", the last part is tried too.
    /// </summary>
    public Category? Find(string? idOrName)
    {
        if (string.IsNullOrWhiteSpace(idOrName))
        {
            return null;
        }

        var text = idOrName.Trim();
        if (_byKey.TryGetValue(text, out var category))
        {
            return category;
        }

        var last = text.LastIndexOf(':');
        return last >= 0 && last < text.Length - 1 && _byKey.TryGetValue(text[(last + 1)..].Trim(), out category) ? category : null;
    }
}
