using System.Globalization;
using ProfitPipeline.Classification.Evaluation;

namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Picks the plain linear SVM unless another candidate is ahead of it on validation macro-F1 beyond resampling noise (a 95%
/// paired-bootstrap interval of the gap on the validation rows that stays above zero), and a candidate that scores through
/// trees only when it is also ahead of the best linear candidate beyond noise. With a few hundred validation rows the
/// candidates' gaps are mostly luck, and taking the highest each time made the pick, and the test score with it, flip from run
/// to run (Hack Club's counterparty folds pooled 0.084 to 0.118 with the same code); the SVM is the one most often best
/// where the evidence is clear. A LightGBM member walks iterations x classes trees per row (6,960 for the Oxford chart), which
/// took batch prediction from over 100,000 rows/s to 2,600; that price is paid only for a gain the validation rows can tell
/// from luck.
/// </summary>
internal sealed record CandidatePick(TrainedCandidate Candidate, string Reason)
{
    public static CandidatePick From(IReadOnlyList<TrainedCandidate> compared, IReadOnlyList<string> validationTruth)
    {
        var best = compared.MaxBy(c => c.Scores.Validation.MacroF1)!;
        var linear = compared.Where(c => c.IsLinear).MaxBy(c => c.Scores.Validation.MacroF1);
        if (linear is null)
        {
            return new CandidatePick(best, "best validation macro-F1");
        }

        var linearPick = LinearPick(compared, linear, validationTruth);
        if (best.IsLinear)
        {
            return linearPick;
        }

        var versus = Versus(best, linear, validationTruth, out var beyondNoise);
        return beyondNoise
            ? new CandidatePick(best, $"best validation macro-F1 ({versus}: worth the slower prediction)")
            : linearPick with { Reason = $"{linearPick.Reason}; {versus}: not beyond noise, and linear models predict about 40 times faster" };
    }

    /// <summary>The best linear candidate if it is ahead of the plain SVM beyond noise, else the SVM.</summary>
    private static CandidatePick LinearPick(IReadOnlyList<TrainedCandidate> compared, TrainedCandidate linear, IReadOnlyList<string> validationTruth)
    {
        var svm = compared.FirstOrDefault(c => c.Classifier.Members.Count == 1 && c.Classifier.Kind == ClassifierKind.LinearSvm);
        if (svm is null || svm == linear)
        {
            return new CandidatePick(linear, "best validation macro-F1");
        }

        var versus = Versus(linear, svm, validationTruth, out var beyondNoise);
        return beyondNoise
            ? new CandidatePick(linear, $"best validation macro-F1 ({versus})")
            : new CandidatePick(svm, $"the linear SVM ({versus}: not beyond noise)");
    }

    private static string Versus(TrainedCandidate ahead, TrainedCandidate behind, IReadOnlyList<string> validationTruth, out bool beyondNoise)
    {
        var gap = PairedBootstrap.MacroF1Gap(validationTruth, ahead.ValidationLabels, behind.ValidationLabels);
        beyondNoise = gap.Low > 0;
        var trees = ahead.IsLinear ? string.Empty : " with trees";

        // The best is the first of equals, so a tie is no lead: it reads "level with", not "ahead by 0".
        var standing = gap.Gap > 0
            ? string.Create(CultureInfo.InvariantCulture, $"ahead of {behind.Classifier.Name} by {gap.Gap:+0.####;-0.####;0} validation macro-F1")
            : $"level with {behind.Classifier.Name} on validation macro-F1";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{ahead.Classifier.Name}{trees} {standing}, 95% paired-bootstrap interval {gap.Low:+0.####;-0.####;0} to {gap.High:+0.####;-0.####;0}");
    }
}
