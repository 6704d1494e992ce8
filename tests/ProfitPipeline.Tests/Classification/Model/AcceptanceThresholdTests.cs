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
    public void LatestHalfByDateRightLessOftenBelowTheCut_ThresholdRaisedToTheLatestHalfsOwn()
    {
        // 600 rows; the latest 300 by date (at even positions, so order is not date) are right only 4 in 5 times below 0.8.
        var (confidence, correct, dates) = Rows(600, (latest, i) => !latest || i % 5 != 0 || Confidence(i) >= 0.8);
        var latestRows = Enumerable.Range(0, 600).Where(i => i % 2 == 0).ToList();

        var onEveryRow = AcceptanceThreshold.Choose(confidence, correct, 0.95);
        var onLatest = AcceptanceThreshold.Choose([.. latestRows.Select(i => confidence[i])], [.. latestRows.Select(i => correct[i])], 0.95);

        Assert.True(onLatest > onEveryRow, $"{onLatest} <= {onEveryRow}");
        Assert.Equal(onLatest, AcceptanceThreshold.ChooseHoldingOnLatest(confidence, correct, dates, 0.95));
    }

    [Fact]
    public void LatestHalfTooFewRowsToSetACut_ThresholdOnEveryRow()
    {
        // 580 rows: the latest 290 are two short of the 292 (4 x 73) a cut at 95% takes.
        var (confidence, correct, dates) = Rows(580, (latest, i) => !latest || i % 5 != 0 || Confidence(i) >= 0.8);

        Assert.Equal(AcceptanceThreshold.Choose(confidence, correct, 0.95), AcceptanceThreshold.ChooseHoldingOnLatest(confidence, correct, dates, 0.95));
    }

    [Fact]
    public void AnUndatedRow_ThresholdOnEveryRow()
    {
        var (confidence, correct, dates) = Rows(600, (latest, i) => !latest || i % 5 != 0 || Confidence(i) >= 0.8);
        dates[7] = null;

        Assert.Equal(AcceptanceThreshold.Choose(confidence, correct, 0.95), AcceptanceThreshold.ChooseHoldingOnLatest(confidence, correct, dates, 0.95));
    }

    [Fact]
    public void AnyDatedRows_ThresholdIsTheOneOnEveryRowOrTheLatestHalfsWhicheverIsHigher()
    {
        Prop.ForAll(
            Gen.Zip(Gen.Zip(Gen.Choose(0, 1000), Gen.Elements(true, true, true, true, true, true, true, true, true, false)), Gen.Choose(0, 400))
                .Select(r => (Item1: r.Item1.Item1, Item2: r.Item1.Item2, Item3: r.Item2))
                .ListOf(800)
                .SelectMany(all => Gen.Choose(0, all.Count).Select(n => all.Take(n).ToList()))
                .ToArbitrary(),
            rows =>
            {
                var confidence = rows.Select(r => r.Item1 / 1000d).ToList();
                var correct = rows.Select(r => r.Item2).ToList();
                List<DateOnly?> dates = [.. rows.Select(r => (DateOnly?)new DateOnly(2026, 1, 1).AddDays(r.Item3))];
                var latest = Enumerable.Range(0, rows.Count).OrderBy(i => dates[i]).Skip(rows.Count / 2).ToList();
                var onEveryRow = AcceptanceThreshold.Choose(confidence, correct, 0.9, minimumAccepted: 5);
                var onLatest = AcceptanceThreshold.Choose([.. latest.Select(i => confidence[i])], [.. latest.Select(i => correct[i])], 0.9, minimumAccepted: 5);
                var chosen = AcceptanceThreshold.ChooseHoldingOnLatest(confidence, correct, dates, 0.9, minimumAccepted: 5);

                // Up to 800 rows, so that the latest half reaches the 4 x 35 rows that set a cut at 0.9 as often as not.
                return latest.Count >= 4 * AcceptanceThreshold.FewestRowsToReach(0.9, 5)
                    ? chosen == Math.Max(onEveryRow, onLatest)
                    : chosen == onEveryRow;
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void WilsonLowerBound_MatchesTheClosedForm()
    {
        // 198 of 200: p = 0.99, Wilson 95% interval ≈ [0.9643, 0.9973].
        Assert.InRange(AcceptanceThreshold.WilsonLowerBound(198, 200), 0.9640, 0.9646);
    }

    private static double Confidence(int i) => 0.5 + (0.49 * (i % 100) / 100d);

    /// <summary>Rows at even positions are the later half by date; <paramref name="right"/> says, of the later half or not, whether row i is right.</summary>
    private static (List<double> Confidence, List<bool> Correct, List<DateOnly?> Dates) Rows(int count, Func<bool, int, bool> right)
    {
        var positions = Enumerable.Range(0, count).ToList();
        return (
            [.. positions.Select(Confidence)],
            [.. positions.Select(i => right(i % 2 == 0, i))],
            [.. positions.Select(i => (DateOnly?)new DateOnly(2026, 1, 1).AddDays(i % 2 == 0 ? 1000 + i : i))]);
    }
}
