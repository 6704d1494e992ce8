using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

public sealed class IsotonicCalibrationTests
{
    [Fact]
    public void AnyRows_CalibrationIsNonDecreasingAndKeepsTheOverallHitRate()
    {
        Prop.ForAll(
            Gen.Zip(Gen.Choose(0, 100), Gen.Elements(true, false)).NonEmptyListOf().ToArbitrary(),
            rows =>
            {
                var probability = rows.Select(r => r.Item1 / 100d).ToList();
                var correct = rows.Select(r => r.Item2).ToList();

                var calibration = IsotonicCalibration.Fit(probability, correct);

                var fitted = probability.Select(calibration.Apply).ToList();
                var grid = Enumerable.Range(-1, 103).Select(k => calibration.Apply(k / 100d)).ToList();
                return grid.Zip(grid.Skip(1)).All(p => p.First <= p.Second)
                    && Math.Abs(fitted.Average() - correct.Average(c => c ? 1d : 0d)) < 1e-9;
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ViolatingNeighbours_ArePooledAndEachStepIsItsObservedPrecision()
    {
        // Stated 0.3 and always right but 0.4 and never: a violation, pooled to 0.5. Stated 0.5 and always right.
        double[] probability = [0.3, 0.3, 0.4, 0.4, 0.5, 0.5, 0.5, 0.5];
        bool[] correct = [true, true, false, false, true, true, true, true];

        var calibration = IsotonicCalibration.Fit(probability, correct);

        Assert.Equal([0.3, 0.5], calibration.Lower);
        Assert.Equal([0.5, 1d], calibration.Value);
        Assert.Equal((0.5, 0.5, 1d, 1d), (calibration.Apply(0.1), calibration.Apply(0.45), calibration.Apply(0.5), calibration.Apply(0.9)));
    }

    [Fact]
    public void FoldFits_EachLearnsOnlyFromTheOtherFold()
    {
        // Even rows are all right, odd rows all wrong: the fit that judges even rows learnt from odd rows only.
        var probability = Enumerable.Range(0, 40).Select(i => i / 40d).ToList();
        var correct = Enumerable.Range(0, 40).Select(i => i % 2 == 0).ToList();

        var folds = IsotonicCalibration.FoldFits(probability, correct);

        Assert.Equal([0d], folds[0].Value);
        Assert.Equal([1d], folds[1].Value);
    }
}
