using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Learning;

/// <summary>
/// The rule's operating characteristics at a 95% target, simulated with a fixed seed (so the figures are the same each run):
/// the figures <see cref="ErrorRateCusum"/>'s remarks quote, and the interval rule it replaced for comparison.
/// </summary>
public sealed class ErrorRateCusumTests
{
    private const int Trials = 4000;
    private const double Target = 0.95;

    [Fact]
    public void ModelsAtOrAboveTheTarget_RarelyStoppedWithinHundredChecks()
    {
        Assert.InRange(StopShare(Precision(0.97, 100), seed: 1), 0, 0.02);
        Assert.InRange(StopShare(Precision(0.95, 100), seed: 2), 0, 0.10);
    }

    [Fact]
    public void ModelWrongFromItsFirstRows_StoppedWithinAFewChecks()
    {
        var stops = Stops(Precision(0.71, 100), seed: 3);

        Assert.Equal(Trials, stops.Count);
        Assert.InRange(Median(stops), 3, 10);
    }

    [Fact]
    public void TwentyFirstChecksOfANewModel_CatchOneAt71NineTimesInTenAndRarelyStopAGoodOne()
    {
        // SpotChecks.AtPromotion's default: what a new model's own first checks decide alone.
        Assert.InRange(StopShare(Precision(0.71, 20), seed: 5), 0.85, 0.93);
        Assert.InRange(StopShare(Precision(0.97, 20), seed: 6), 0, 0.012);
    }

    [Fact]
    public void ModelThatFallsAfterAHundredGoodChecks_StoppedSoonAfterTheFall()
    {
        var stops = Stops([.. Precision(0.97, 100), .. Precision(0.71, 100)], seed: 4);

        Assert.InRange(stops.Count, Trials * 0.98, Trials);
        Assert.InRange(Median(stops) - 100, 1, 20);
    }

    [Fact]
    public void IntervalOverAllAnswers_StopsGoodModelsMoreOftenAndSeesAFallLater()
    {
        // The rule spot checks used first: stop when the upper end of the 95% Wilson interval of all answers is under the target.
        Func<List<bool>, bool> interval = answers => 1 - AcceptanceThreshold.WilsonLowerBound(answers.Count(a => !a), answers.Count) < Target;
        double[] fall = [.. Precision(0.97, 100), .. Precision(0.71, 100)];

        var (goodByInterval, goodByCusum) = (StopShare(Precision(0.97, 100), seed: 1, interval), StopShare(Precision(0.97, 100), seed: 1));
        var (fallByInterval, fallByCusum) = (Median(Stops(fall, seed: 4, interval)), Median(Stops(fall, seed: 4)));

        Assert.True(goodByInterval > 5 * goodByCusum, $"good models stopped: interval {goodByInterval:P1}, CUSUM {goodByCusum:P1}");
        Assert.True(fallByInterval > fallByCusum + 5, $"median check that stopped a fall: interval {fallByInterval}, CUSUM {fallByCusum}");
    }

    private static double[] Precision(double precision, int checks) => Enumerable.Repeat(precision, checks).ToArray();

    private static double StopShare(double[] precisions, int seed, Func<List<bool>, bool>? stops = null) =>
        (double)Stops(precisions, seed, stops).Count / Trials;

    /// <summary>For each trial that stopped, the number of the check that stopped it.</summary>
    private static List<int> Stops(double[] precisions, int seed, Func<List<bool>, bool>? stops = null)
    {
        stops ??= answers => ErrorRateCusum.Run(answers, Target).Signalled;
        var random = new Random(seed);
        var result = new List<int>();
        for (var trial = 0; trial < Trials; trial++)
        {
            var answers = new List<bool>(precisions.Length);
            foreach (var precision in precisions)
            {
                answers.Add(random.NextDouble() < precision);
                if (stops(answers))
                {
                    result.Add(answers.Count);
                    break;
                }
            }
        }

        return result;
    }

    private static int Median(List<int> values) => values.Order().ElementAt(values.Count / 2);
}
