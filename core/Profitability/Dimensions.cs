namespace ProfitPipeline.Profitability;

/// <summary>
/// Dimension names of snapshots. Besides these, every customer-master dimension (industry, size, region...) is one, named by its
/// key in lower case (prefixed "master:" if it collides with one of these).
/// </summary>
public static class Dimensions
{
    public const string Customer = "customer";
    public const string Project = "project";
    public const string Category = "category";
    public const string Total = "total";

    /// <summary>The only member of <see cref="Total"/>.</summary>
    public const string AllMember = "all";

    /// <summary>Revenue or cost of a customer or project that could not be resolved.</summary>
    public const string Unassigned = "(unassigned)";

    /// <summary>A customer without a value for a master dimension, or a transaction without a project.</summary>
    public const string None = "(none)";

    public static bool IsPlaceholder(string member) =>
        string.Equals(member, Unassigned, StringComparison.Ordinal) || string.Equals(member, None, StringComparison.Ordinal);

    public static string ForMasterKey(string key)
    {
        var name = key.Trim().ToLowerInvariant();
        return name is Customer or Project or Category or Total ? "master:" + name : name;
    }
}
