using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Classification.Evaluation;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Evaluation;

public sealed class CounterpartyFoldsTests
{
    private static readonly string[] Names = ["Lyft", "LYFT ", "Acme Ltd", "Fontspring", "Carmelina's Taqueria", "Uber", "Wells Fargo", "Zapier", "Streak", "Cloud9", "Safeway"];

    private static LabelledExample Row(int id, string counterparty) =>
        new(new ClassificationExample($"{counterparty} {id}", 10d, Counterparty: counterparty), id % 3 == 0 ? "rent" : "software");

    /// <summary>Rows of a few counterparties, some spelled two ways, in any order.</summary>
    private static Gen<List<LabelledExample>> Rows =>
        from n in Gen.Choose(1, 150)
        from names in Gen.ListOf(Gen.Elements(Names), n)
        select names.Select((name, id) => Row(id, name)).ToList();

    [Fact]
    public void AnyRows_NoTestCounterpartyIsInItsTrainingAndEveryRowIsTestedOnce() =>
        Prop.ForAll(
            (from rows in Rows from count in Gen.Choose(2, 7) select (rows, count)).ToArbitrary(),
            input =>
            {
                var (rows, count) = input;

                var folds = CounterpartyFolds.Of(rows, count);

                foreach (var fold in folds)
                {
                    var trained = fold.Train.Select(e => HoldoutSplit.GroupName(e.Counterparty)).ToHashSet(StringComparer.Ordinal);
                    Assert.DoesNotContain(fold.Test, e => trained.Contains(HoldoutSplit.GroupName(e.Counterparty)));
                    Assert.Equal(rows.Count, fold.Train.Count + fold.Test.Count);
                }

                var tested = folds.SelectMany(f => f.Test).ToList();
                Assert.Equal(tested.Count, tested.Distinct().Count());
                Assert.True(folds.Count < 2 || tested.Count == rows.Count, "a row of a fold with training rows was never tested");
                return true;
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void OneCounterparty_NoFoldCanTrainAndTheEvaluationSaysWhy()
    {
        List<LabelledExample> rows = [.. Enumerable.Range(0, 20).Select(i => Row(i, "Lyft"))];

        var error = Assert.Throws<InvalidDataException>(() => new CounterpartyFoldEvaluation(OxfordSample.FastOptions).Run(rows));

        Assert.Empty(CounterpartyFolds.Of(rows));
        Assert.Equal("Counterparty folds need rows of more counterparties: the 20 rows fell into 0 of 5 folds.", error.Message);
    }

    [Fact]
    public void OxfordSample_PooledFoldsCoverEveryRowAndAreComparedWithBothAnchors()
    {
        var rows = OxfordSample.Rows();

        var report = new CounterpartyFoldEvaluation(OxfordSample.FastOptions).Run(rows, 3);

        Assert.Equal(3, report.Folds.Count);
        Assert.Equal(rows.Count, report.TestRows);
        Assert.Equal(report.Folds.Sum(f => f.TestRows), report.TestRows);
        Assert.All(report.Folds, f => Assert.Equal(rows.Count, f.TrainRows + f.TestRows));
        Assert.Equal(report.MacroF1 - report.LinearSvm.MacroF1, report.LinearSvm.PickedGap.Gap, 12);
        Assert.Equal(report.MacroF1 - report.MajorityPerCounterparty.MacroF1, report.MajorityPerCounterparty.PickedGap.Gap, 12);

        // The majority anchor knows nothing of an unseen counterparty: it can only say its overall majority label.
        Assert.True(report.MacroF1 > report.MajorityPerCounterparty.MacroF1, $"model {report.MacroF1:0.###} vs majority anchor {report.MajorityPerCounterparty.MacroF1:0.###}");
    }
}
