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

    /// <summary>How often the cached current model checks whether a newer one was promoted.</summary>
    public TimeSpan ModelRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    public CategoryChart Chart => Categories.Count > 0 ? new CategoryChart(Categories) : CategoryChart.Default;

    internal ClassifierTrainingOptions Training => new() { TargetPrecision = TargetPrecision };
}
