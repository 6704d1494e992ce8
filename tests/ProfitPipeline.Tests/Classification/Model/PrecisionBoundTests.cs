using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

/// <summary>The confidence shown on a model tag is what validation supports, never more than the score itself.</summary>
public sealed class PrecisionBoundTests
{
    [Fact]
    public void FourValidationRowsAllRight_NoScoreIsWorthMoreThanTheirWilsonBound()
    {
        var bound = PrecisionBound.Fit([0.999, 1.0, 0.998, 1.0], [true, true, true, true]);

        Assert.Equal(AcceptanceThreshold.WilsonLowerBound(4, 4), bound.Of(1.0), 1e-12);
        Assert.True(bound.Confidence(1.0) < 0.52, $"{bound.Confidence(1.0)}");
    }

    [Fact]
    public void NoValidationRows_EveryScoreIsWorthNothing()
    {
        Assert.Equal(0d, PrecisionBound.Unvalidated.Confidence(1.0));
        Assert.Equal(0d, PrecisionBound.Fit([], []).Confidence(0.7));
    }

    [Fact]
    public void TrainedWithoutValidationRows_ProposesLabelsAtConfidenceZeroAndAcceptsNothing()
    {
        var rows = Enumerable.Range(0, 30)
            .Select(i => i % 2 == 0 ? ("uber trip airport", "Travel") : ("aws cloud hosting", "Hosting"))
            .Select((r, i) => QuickTraining.Row(r.Item1, r.Item2, i))
            .ToList();

        var classifier = new ClassifierTrainer(QuickTraining.Options).Train(rows, [], TestContext.Current.CancellationToken)!.Classifier;
        var predictions = classifier.Predict([new ClassificationExample("uber trip airport", -12d), new ClassificationExample("aws cloud hosting", -12d)]);

        Assert.Equal(["Travel", "Hosting"], predictions.Select(p => p.Label));
        Assert.All(predictions, p => Assert.Equal((0d, false), (p.Confidence, p.Accepted)));
    }

    [Fact]
    public void ScoreBelowEveryValidationScore_IsWorthTheBoundOfAllRows_AndNeverMoreThanItself()
    {
        var bound = PrecisionBound.Fit([0.9, 0.8, 0.7, 0.6], [true, true, false, true]);

        Assert.Equal(AcceptanceThreshold.WilsonLowerBound(3, 4), bound.Of(0.1), 1e-12);
        Assert.Equal(Math.Min(0.05, bound.Of(0.05)), bound.Confidence(0.05));
    }

    [Fact]
    public void ManyRightRowsAboveAThreshold_AcceptedScoresShowAtLeastTheTargetAndRefusedOnesLess()
    {
        var scores = Enumerable.Range(0, 400).Select(i => i / 400d).ToList();
        var correct = scores.Select((s, i) => s > 0.5 || i % 3 == 0).ToList();

        var threshold = AcceptanceThreshold.Choose(scores, correct, 0.95);
        var bound = PrecisionBound.Fit(scores, correct);

        Assert.True(threshold < 1d);
        Assert.All(scores.Where(s => s >= threshold), s => Assert.True(bound.Of(s) >= 0.95, $"{s}: {bound.Of(s)}"));
        Assert.All(scores.Where(s => s < threshold), s => Assert.True(bound.Of(s) < 0.95, $"{s}: {bound.Of(s)}"));
    }

    [Fact]
    public void AnyValidationRows_ShownConfidenceNeverFallsAsTheScoreRisesAndNeverExceedsTheScore()
    {
        var row = from score in Gen.Choose(0, 100)
                  from right in Gen.Elements(true, false)
                  select (Score: score / 100d, Right: right);
        Prop.ForAll(Gen.ListOf(row).ToArbitrary(), sample =>
        {
            var bound = PrecisionBound.Fit([.. sample.Select(r => r.Score)], [.. sample.Select(r => r.Right)]);
            var grid = Enumerable.Range(0, 102).Select(i => i / 100d).ToList();
            var shown = grid.Select(bound.Confidence).ToList();
            return shown.Zip(shown.Skip(1)).All(p => p.First <= p.Second + 1e-12)
                && grid.All(s => bound.Confidence(s) <= s + 1e-12)
                && grid.All(s => bound.Of(s) <= AcceptanceThreshold.WilsonLowerBound(sample.Count, sample.Count) + 1e-12);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Isotonic_AnyValidationRows_RisesWithTheScoreAndNeverClaimsMoreThanTheRowsAtOrAboveIt()
    {
        var rows = from count in Gen.Choose(1, 60)
                   from scores in Gen.ListOf(Gen.Choose(0, 20).Select(i => i / 20d), count)
                   from hits in Gen.ListOf(Gen.Elements(true, false), count)
                   from lowerBound in Gen.Elements(true, false)
                   select (Scores: scores.ToList(), Hits: hits.ToList(), LowerBound: lowerBound);
        Prop.ForAll(rows.ToArbitrary(), sample =>
        {
            var map = PrecisionBound.FitIsotonic(sample.Scores, sample.Hits, sample.LowerBound);
            var rising = map.Bounds.Zip(map.Bounds.Skip(1)).All(p => p.First <= p.Second);

            // A pooled block's accuracy is at most that of all rows from its start up, as pooled accuracies rise.
            return rising && map.Scores.All(s =>
                map.Of(s) >= 0 && map.Of(s) <= sample.Scores.Zip(sample.Hits).Where(r => r.First >= s).Average(r => r.Second ? 1d : 0d) + 1e-9);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Isotonic_LowScoresRightRarely_ShowHowRarely_WhereTheBoundOfAllAboveWouldVouchForThem()
    {
        // 100 rows at 0.2, right 10 times; 100 rows at 0.9, right 95 times.
        var scores = Enumerable.Range(0, 200).Select(i => i < 100 ? 0.2 : 0.9).ToList();
        var hits = Enumerable.Range(0, 200).Select(i => i < 100 ? i % 10 == 0 : i % 20 != 0).ToList();

        var map = PrecisionBound.FitIsotonic(scores, hits);

        // The lower ends of the two blocks' 95% intervals: 10 of 100 and 95 of 100.
        Assert.Equal(AcceptanceThreshold.WilsonLowerBound(10, 100), map.Confidence(0.2), 1e-9);
        Assert.Equal(AcceptanceThreshold.WilsonLowerBound(95, 100), map.Confidence(0.9), 1e-9);
        Assert.InRange(map.Confidence(0.2), 0.05, 0.1);
        Assert.True(PrecisionBound.Fit(scores, hits).Confidence(0.2) > 0.15);
    }

    [Fact]
    public void IsotonicRate_ShowsEachBlocksOwnAccuracy_NeverAboveTheScore()
    {
        // 100 rows at 0.2, right 10 times; 100 rows at 0.9, right 95 times.
        var scores = Enumerable.Range(0, 200).Select(i => i < 100 ? 0.2 : 0.9).ToList();
        var hits = Enumerable.Range(0, 200).Select(i => i < 100 ? i % 10 == 0 : i % 20 != 0).ToList();

        var map = PrecisionBound.FitIsotonic(scores, hits, lowerBound: false);

        Assert.Equal([0.1, 0.95], map.Bounds);
        Assert.Equal(0.1, map.Confidence(0.2), 1e-9);
        Assert.Equal(0.9, map.Confidence(0.9), 1e-9);
        Assert.True(map.Confidence(0.9) > PrecisionBound.FitIsotonic(scores, hits).Confidence(0.9));
    }
}
