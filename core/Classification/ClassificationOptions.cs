using ProfitPipeline.Classification.Matching;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Classification;

/// <summary>Settings of the classification stage (section <see cref="SectionName"/>).</summary>
public sealed class ClassificationOptions
{
    public const string SectionName = "ProfitPipeline:Classification";

    /// <summary>Replaces the default chart when set.</summary>
    public IList<Category> Categories { get; } = [];

    /// <summary>Auto-accepted model tags must reach this precision on held-out data.</summary>
    public double TargetPrecision { get; set; } = 0.95;

    /// <summary>
    /// One in this many of the model's accepted tags waits for a person anyway, to measure their precision on the rows the model
    /// really meets (<see cref="SpotChecks"/>); 0 turns spot checks off.
    /// </summary>
    public int SpotCheckEvery { get; set; } = 50;

    /// <summary>
    /// About this many more spot checks for each newly promoted model, drawn from the rows it accepted as it re-tagged the
    /// ledger (at most one in five of them), so that a model wrong from its start is caught in its first review; 0 turns them off.
    /// </summary>
    public int SpotChecksAtPromotion { get; set; } = 20;

    /// <summary>How often the cached current model checks whether a newer one was promoted.</summary>
    public TimeSpan ModelRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// More names for the chart's categories (an export's account code or category → category id), on top of
    /// <see cref="SourceCategoryAliases.Default"/>; one given here wins over a default one.
    /// </summary>
    public IDictionary<string, string> CategoryAliases { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Payment processors whose payouts reach the bank (names as they appear in a payer's name or bank text); replaces
    /// <see cref="PaymentProcessors.DefaultNames"/> when set. Such credits are tagged transfers from no customer.
    /// </summary>
    public IList<string> PaymentProcessorNames { get; } = [];

    public PaymentProcessors Processors => PaymentProcessorNames.Count > 0 ? new(PaymentProcessorNames) : PaymentProcessors.Default;

    public CategoryChart Chart => new(
        Categories.Count > 0 ? Categories : CategoryChart.DefaultCategories,
        CategoryAliases.Concat(SourceCategoryAliases.Default.Where(d => !CategoryAliases.ContainsKey(d.Key))).ToDictionary(StringComparer.OrdinalIgnoreCase));

    internal SpotChecks SpotChecks => new(SpotCheckEvery, SpotChecksAtPromotion);

    internal ClassifierTrainingOptions Training => new() { TargetPrecision = TargetPrecision };
}
