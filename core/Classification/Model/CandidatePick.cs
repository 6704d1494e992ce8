using System.Globalization;
using ProfitPipeline.Classification.Evaluation;

namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Picks the candidate with the best validation macro-F1, unless it scores through trees and the best linear candidate is
/// behind it by no more than resampling noise: a 95% paired-bootstrap interval of the gap on the validation rows that reaches
/// zero. A LightGBM member walks iterations x classes trees per row (6,960 for the Oxford chart), which took batch prediction
/// from over 100,000 rows/s to 2,600; that price is paid only for a gain the validation rows can tell from luck.
/// </summary>
internal sealed record CandidatePick(TrainedCandidate Candidate, string Reason)
{
    public static CandidatePick From(IReadOnlyList<TrainedCandidate> compared, IReadOnlyList<string> validationTruth)
    {
        var best = compared.MaxBy(c => c.Scores.Validation.MacroF1)!;
        var linear = compared.Where(c => c.IsLinear).MaxBy(c => c.Scores.Validation.MacroF1);
        if (best.IsLinear || linear is null)
        {
            return new CandidatePick(best, "best validation macro-F1");
        }

        var gap = PairedBootstrap.MacroF1Gap(validationTruth, best.ValidationLabels, linear.ValidationLabels);
        var versus = string.Create(
            CultureInfo.InvariantCulture,
            $"{best.Classifier.Name} with trees ahead by {gap.Gap:+0.####;-0.####;0} validation macro-F1, 95% paired-bootstrap interval {gap.Low:+0.####;-0.####;0} to {gap.High:+0.####;-0.####;0}");
        return gap.Low > 0
            ? new CandidatePick(best, $"best validation macro-F1 ({versus}: worth the slower prediction)")
            : new CandidatePick(linear, $"best linear model ({versus}: not beyond noise, and linear models predict about 40 times faster)");
    }
}
