using ProfitPipeline.Classification.Model;
using static ProfitPipeline.Tests.Classification.Model.QuickTraining;

namespace ProfitPipeline.Tests.Classification.Model;

/// <summary>
/// A handful of labelled rows is a real start (a new business, a first evaluation): the trainer must learn from them, not
/// fail, and must not claim confidence it could not check.
/// </summary>
public sealed class SmallTrainingSetTests
{
    [Fact]
    public void HoldoutWouldLeaveOneLabel_TrainsOnEveryRowAndAcceptsNothing()
    {
        // The latest 20% by date is the one Travel row, so the rows before it carry a single label.
        List<LabelledExample> rows = [Row("coffee shop", "Food", 1), Row("lunch cafe", "Food", 2), Row("coffee beans", "Food", 3), Row("bakery", "Food", 4), Row("taxi ride", "Travel", 5)];

        var trained = new ClassifierTrainer(QuickTraining.Options).Train(rows, TestContext.Current.CancellationToken);

        Assert.NotNull(trained);
        Assert.Equal(["Food", "Travel"], trained.Classifier.Labels.Order(StringComparer.Ordinal));
        Assert.Equal(AcceptanceThreshold.Never, trained.Classifier.Acceptance.Threshold);
        Assert.All(trained.Classifier.Predict([new ClassificationExample("taxi ride", -10d), new ClassificationExample("coffee shop", -10d)]), p => Assert.False(p.Accepted));
    }

    [Fact]
    public void NoValidationRows_TheModelIsListedAsTheOneUnvalidatedCandidate()
    {
        List<LabelledExample> rows = [Row("coffee shop", "Food", 1), Row("taxi ride", "Travel", 2), Row("lunch cafe", "Food", 3), Row("uber trip", "Travel", 4)];

        var trained = new ClassifierTrainer(QuickTraining.Options).Train(rows, [], TestContext.Current.CancellationToken)!;

        var candidate = Assert.Single(trained.Candidates);
        Assert.Same(trained.Classifier, candidate.Classifier);
        Assert.Equal(0, candidate.Scores.Validation.Rows);
        Assert.Equal("no validation rows: maximum entropy alone, never auto-accepted", trained.PickedBecause);
    }

    [Fact]
    public void OneLabelOnly_NoModel()
    {
        List<LabelledExample> rows = [Row("coffee shop", "Food", 1), Row("lunch cafe", "Food", 2), Row("bakery", "Food", 3)];

        Assert.Null(new ClassifierTrainer(QuickTraining.Options).Train(rows, TestContext.Current.CancellationToken));
    }
}
