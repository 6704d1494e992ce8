using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

public sealed class AcceptanceThresholdTests
{
    [Theory]
    [InlineData(0.95, 30, 73)]
    [InlineData(0.8, 30, 30)]
    [InlineData(0.99, 30, 381)]
    public void FewestRowsToReach_IsTheFirstCountOfRightRowsWhoseBoundReachesTheTarget(double target, int minimum, int expected)
    {
        var fewest = AcceptanceThreshold.FewestRowsToReach(target, minimum);

        Assert.Equal(expected, fewest);
        Assert.True(AcceptanceThreshold.WilsonLowerBound(fewest, fewest) >= target);
        Assert.True(fewest == minimum || AcceptanceThreshold.WilsonLowerBound(fewest - 1, fewest - 1) < target);
    }

    [Fact]
    public void AnyScoredRows_AcceptedRowsAreEnoughAndTheirPrecisionLowerBoundReachesTheTarget()
    {
        Prop.ForAll(
            Gen.Zip(Gen.Choose(0, 1000), Gen.Elements(true, true, true, true, true, true, true, false)).ListOf().ToArbitrary(),
            rows =>
            {
                var confidence = rows.Select(r => r.Item1 / 1000d).ToList();
                var correct = rows.Select(r => r.Item2).ToList();
                var threshold = AcceptanceThreshold.Choose(confidence, correct, 0.9, minimumAccepted: 5);
                var accepted = Enumerable.Range(0, rows.Count).Where(i => confidence[i] >= threshold).ToList();
                return accepted.Count == 0
                    || (accepted.Count >= 5 && AcceptanceThreshold.WilsonLowerBound(accepted.Count(i => correct[i]), accepted.Count) >= 0.9);
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ManyConfidentRowsRight_LessConfidentWrong_ThresholdSitsBetween()
    {
        // The 20 wrong rows tie at 0.5: accepting them together (200 of 220) would miss the target.
        var confidence = Enumerable.Range(0, 200).Select(i => 0.99 - (i * 0.0001)).Concat(Enumerable.Repeat(0.5, 20)).ToList();
        var correct = Enumerable.Repeat(true, 200).Concat(Enumerable.Repeat(false, 20)).ToList();

        Assert.Equal(confidence[199], AcceptanceThreshold.Choose(confidence, correct, 0.95));
    }

    [Fact]
    public void PointEstimateReachesTargetButLowerBoundDoesNot_NothingIsAccepted()
    {
        // 96 of 100 right is 0.96 as a point estimate, but its 95% lower bound is about 0.90.
        var confidence = Enumerable.Range(0, 100).Select(i => 0.99 - (i * 0.001)).ToList();
        var correct = Enumerable.Range(0, 100).Select(i => i % 25 != 24).ToList();

        Assert.Equal(AcceptanceThreshold.Never, AcceptanceThreshold.Choose(confidence, correct, 0.95));
    }

    [Fact]
    public void FewerRowsThanTheMinimum_NothingIsAccepted()
    {
        Assert.Equal(AcceptanceThreshold.Never, AcceptanceThreshold.Choose([0.99, 0.98, 0.97], [true, true, true], 0.5, minimumAccepted: 30));
    }

    [Fact]
    public void WilsonLowerBound_MatchesTheClosedForm()
    {
        // 198 of 200: p = 0.99, Wilson 95% interval ≈ [0.9643, 0.9973].
        Assert.InRange(AcceptanceThreshold.WilsonLowerBound(198, 200), 0.9640, 0.9646);
    }
}
