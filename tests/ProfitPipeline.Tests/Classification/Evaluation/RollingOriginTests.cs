using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Classification.Evaluation;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Evaluation;

public sealed class RollingOriginTests
{
    private static readonly DateOnly Start = new(2024, 1, 1);

    private static LabelledExample Row(int day, int id) =>
        new(new ClassificationExample($"supplier {id}", 10d, Date: Start.AddDays(day), Counterparty: $"supplier {id}"), id % 2 == 0 ? "rent" : "software");

    /// <summary>Rows on few distinct days, in any order, so that many rows share a date.</summary>
    private static Gen<List<LabelledExample>> DatedRows =>
        from n in Gen.Choose(1, 200)
        from dayOfRow in Gen.ListOf(Gen.Choose(0, 30), n)
        select dayOfRow.Select((day, id) => Row(day, id)).ToList();

    private static Gen<List<double>> Cuts =>
        from count in Gen.Choose(1, 6)
        from cuts in Gen.ListOf(Gen.Choose(1, 99), count)
        select cuts.Select(c => c / 100d).ToList();

    [Fact]
    public void AnyRowsAndCuts_TrainingDatesPrecedeTestDatesAndNoTestRowCountsTwice() =>
        Prop.ForAll(
            (from rows in DatedRows from cuts in Cuts from block in Gen.Choose(1, 50) select (rows, cuts, block / 100d)).ToArbitrary(),
            input =>
            {
                var (rows, cuts, block) = input;

                var folds = RollingOrigin.Folds(rows, cuts, block);

                foreach (var fold in folds)
                {
                    Assert.NotEmpty(fold.Train);
                    Assert.NotEmpty(fold.Test);
                    Assert.True(fold.Train.Max(e => e.Example.Date) < fold.Test.Min(e => e.Example.Date), "a test row is dated on or before a training row");
                    Assert.Equal(rows.Count(e => e.Example.Date < fold.Test[0].Example.Date), fold.Train.Count);
                }

                var tested = folds.SelectMany(f => f.Test).ToList();
                Assert.Equal(tested.Count, tested.Distinct().Count());
                Assert.All(tested, e => Assert.Contains(e, rows));
                return true;
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void TenDaysTenRowsEach_CutAtHalfTrainsOnFiveDaysAndTestsTheNextBlock()
    {
        var rows = Enumerable.Range(0, 100).Select(i => Row(i / 10, i)).Reverse().ToList();

        var fold = Assert.Single(RollingOrigin.Folds(rows, [0.5], 0.2));

        Assert.Equal(50, fold.Train.Count);
        Assert.Equal(Start.AddDays(5), fold.Test[0].Example.Date);
        Assert.Equal(20, fold.Test.Count);
    }

    [Fact]
    public void CutInsideADay_MovesToTheNextDay()
    {
        var rows = Enumerable.Range(0, 100).Select(i => Row(i / 10, i)).ToList();

        var fold = Assert.Single(RollingOrigin.Folds(rows, [0.55], 0.1));

        Assert.Equal(60, fold.Train.Count);
        Assert.Equal(Start.AddDays(6), fold.Test[0].Example.Date);
    }

    [Fact]
    public void UndatedRows_LeftOutOfEveryFold()
    {
        var undated = new LabelledExample(new ClassificationExample("no date", Counterparty: "Acme Ltd"), "rent");
        List<LabelledExample> rows = [.. Enumerable.Range(0, 20).Select(i => Row(i, i)), undated];

        var folds = RollingOrigin.Folds(rows, [0.5, 0.75], 0.25);

        Assert.Equal(2, folds.Count);
        Assert.All(folds, f => Assert.DoesNotContain(undated, f.Train.Concat(f.Test)));
        Assert.Equal(20, folds[1].Train.Count + folds[1].Test.Count);
    }

    [Fact]
    public void OxfordSample_PooledBlocksComparedWithBothAnchors()
    {
        var rows = OxfordSample.Rows();

        var report = new RollingOriginEvaluation(OxfordSample.FastOptions).Run(rows, [0.6, 0.8], 0.2);

        Assert.Equal(2, report.Folds.Count);
        Assert.Equal(report.Folds.Sum(f => f.TestRows), report.TestRows);
        Assert.Equal(0, report.UndatedRows);
        Assert.True(report.Folds[0].TrainRows < report.Folds[1].TrainRows);
        Assert.InRange(report.TestRows, 900, 1000);
        Assert.Equal(report.MacroF1 - report.LinearSvm.MacroF1, report.LinearSvm.PickedGap.Gap, 12);
        Assert.Equal(report.MacroF1 - report.MajorityPerCounterparty.MacroF1, report.MajorityPerCounterparty.PickedGap.Gap, 12);
        Assert.True(report.MacroF1 > report.MajorityPerCounterparty.MacroF1, $"model {report.MacroF1:0.###} vs majority anchor {report.MajorityPerCounterparty.MacroF1:0.###}");
    }
}
