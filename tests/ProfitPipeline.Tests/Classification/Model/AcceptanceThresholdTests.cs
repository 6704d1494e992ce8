using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

public sealed class AcceptanceThresholdTests
{
    [Fact]
    public void AnyScoredRows_AcceptedRowsReachTheTargetPrecision()
    {
        Prop.ForAll(
            Gen.Zip(Gen.Choose(0, 1000), Gen.Elements(true, true, true, false)).ListOf().ToArbitrary(),
            rows =>
            {
                var confidence = rows.Select(r => r.Item1 / 1000d).ToList();
                var correct = rows.Select(r => r.Item2).ToList();
                var threshold = AcceptanceThreshold.Choose(confidence, correct, 0.95);
                var accepted = Enumerable.Range(0, rows.Count).Where(i => confidence[i] >= threshold).ToList();
                return accepted.Count == 0 || accepted.Count(i => correct[i]) >= 0.95 * accepted.Count;
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ConfidentRowsRight_LessConfidentWrong_ThresholdSitsBetween()
    {
        double[] confidence = [0.99, 0.97, 0.95, 0.9, 0.6, 0.5];
        bool[] correct = [true, true, true, true, false, false];

        Assert.Equal(0.9, AcceptanceThreshold.Choose(confidence, correct, 0.95));
    }

    [Fact]
    public void NothingReachesTarget_NothingIsAccepted()
    {
        Assert.Equal(AcceptanceThreshold.Never, AcceptanceThreshold.Choose([0.9, 0.8], [false, true], 0.95));
    }
}
