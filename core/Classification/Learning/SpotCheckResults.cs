using System.Globalization;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Classification.Learning;

/// <summary>People's answers on one model version's spot checks: how many gave a category, and how many of those it had right.</summary>
internal sealed record SpotCheckResults(int Checked, int Right)
{
    public static SpotCheckResults Of(IEnumerable<TransactionLabel> labels, string version)
    {
        var answered = labels.Where(l => l.Category is not null && string.Equals(l.SpotChecked?.ModelVersion, version, StringComparison.Ordinal)).ToList();
        return new SpotCheckResults(answered.Count, answered.Count(l => string.Equals(l.Category, l.SpotChecked!.ProposedCategory, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Whether the answers show the accepted tags below <paramref name="targetPrecision"/> beyond noise: even the upper end of the
    /// 95% interval of their precision falls short. A few unlucky answers do not; a run of wrong ones does.
    /// </summary>
    public bool BelowTarget(double targetPrecision) =>
        Checked > 0 && 1d - AcceptanceThreshold.WilsonLowerBound(Checked - Right, Checked) < targetPrecision;

    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Right} of {Checked} spot-checked tags right");
}
