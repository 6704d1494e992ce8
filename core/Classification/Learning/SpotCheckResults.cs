using System.Globalization;

namespace ProfitPipeline.Classification.Learning;

/// <summary>People's answers on one model version's spot checks in the order they were given: true where the model had it right.</summary>
internal sealed class SpotCheckResults(IReadOnlyList<bool> answers)
{
    public int Checked => answers.Count;

    public int Right => answers.Count(right => right);

    /// <summary>The category answers on <paramref name="version"/>'s spot checks, by when they were given (ties by transaction id; labels stored before the answer's own time was kept, by the label's).</summary>
    public static SpotCheckResults Of(IEnumerable<TransactionLabel> labels, string version) =>
        new([.. labels
            .Where(l => l.Category is not null && string.Equals(l.SpotChecked?.ModelVersion, version, StringComparison.Ordinal))
            .OrderBy(l => l.SpotChecked!.AnsweredAt ?? l.At)
            .ThenBy(l => l.TransactionId.Value, StringComparer.Ordinal)
            .Select(l => string.Equals(l.Category, l.SpotChecked!.ProposedCategory, StringComparison.Ordinal))]);

    /// <summary>
    /// Whether the answers show the accepted tags below <paramref name="targetPrecision"/> beyond noise (<see cref="ErrorRateCusum"/>):
    /// a run of wrong answers does, one unlucky answer does not, and many right ones long ago do not hide a later run.
    /// </summary>
    public bool BelowTarget(double targetPrecision) => ErrorRateCusum.Run(answers, targetPrecision).Signalled;

    public string Describe(double targetPrecision)
    {
        var run = ErrorRateCusum.Run(answers, targetPrecision);
        var all = string.Create(CultureInfo.InvariantCulture, $"{Right} of {Checked} spot-checked tags right");
        return run.Signalled ? all + string.Create(CultureInfo.InvariantCulture, $"; a run of {run.Checked} answers had {run.Wrong} wrong") : all;
    }
}
