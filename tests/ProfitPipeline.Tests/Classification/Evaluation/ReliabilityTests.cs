using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Classification.Evaluation;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Evaluation;

public sealed class ReliabilityTests
{
    [Fact]
    public void AnyPredictions_BinsHoldEveryRowOnceWithTheirMeanConfidenceAndAccuracy() =>
        Prop.ForAll(
            (from n in Gen.Choose(1, 300)
             from truth in LabelGen.List(n)
             from predicted in LabelGen.List(n)
             from confidence in Gen.ListOf(Gen.Choose(0, 1000), n)
             select (truth, predicted, confidence.Select(c => c / 1000d).ToList())).ToArbitrary(),
            input =>
            {
                var (truth, predicted, confidence) = input;
                var predictions = predicted.Select((p, i) => new ClassPrediction(p, confidence[i], false)).ToList();

                var reliability = Reliability.Of(truth, predictions);

                Assert.Equal(truth.Count, reliability.Bins.Sum(b => b.Rows));
                Assert.All(reliability.Bins, b => Assert.InRange(b.MeanConfidence, b.From, b.To));
                Assert.Equal(
                    predicted.Where((p, i) => p == truth[i]).Count() / (double)truth.Count,
                    reliability.Bins.Sum(b => b.Accuracy * b.Rows) / truth.Count,
                    9);
                Assert.Equal(reliability.Bins.OrderByDescending(b => b.From), reliability.Bins);
                Assert.InRange(reliability.ExpectedCalibrationError, 0d, 1d);
                return true;
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void CautiousLowBin_ShowsItsUnderClaimAndTheErrorIsItsGapWeightedByItsRows()
    {
        // Ten rows at 0.9, nine right; ten rows at 0.05, all right (a cautious model).
        var truth = Enumerable.Repeat("rent", 20).ToList();
        var predictions = Enumerable.Range(0, 20)
            .Select(i => new ClassPrediction(i == 0 ? "software" : "rent", i < 10 ? 0.9 : 0.05, false))
            .ToList();

        var reliability = Reliability.Of(truth, predictions);

        Assert.Equal(
            [new ReliabilityBin(0.9, 1.0, 10, 0.9, 0.9), new ReliabilityBin(0.0, 0.1, 10, 0.05, 1.0)],
            reliability.Bins.Select(b => b with { MeanConfidence = Math.Round(b.MeanConfidence, 9) }));
        // The 0.9 rows are right 9 times in 10: no gap. The 0.05 rows: |10 - 0.5| over 20 rows.
        Assert.Equal(0.475, reliability.ExpectedCalibrationError, 9);
    }
}
