using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Tests.Classification.Learning;

public sealed class SpotCheckResultsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AnswersOfSeveralModels_OnlyThisVersionsCategoryAnswersCount()
    {
        TransactionLabel[] labels =
        [
            Answer("a", "travel", "v2", "travel"),
            Answer("b", "hosting", "v2", "travel"),
            Answer("c", "travel", "v1", "travel"),
            new(new TransactionId("d"), "travel", null, null, "anna", At),
            new(new TransactionId("e"), null, "C-1", null, "anna", At) { SpotChecked = new SpotCheckedTag("v2", "travel") },
        ];

        Assert.Equal(new SpotCheckResults(2, 1), SpotCheckResults.Of(labels, "v2"));
    }

    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(10, 9, false)]
    [InlineData(3, 1, true)]
    [InlineData(10, 7, true)]
    [InlineData(100, 90, true)]
    [InlineData(100, 96, false)]
    public void Answers_BelowTargetOnlyWhenEvenTheUpperEndOfTheirIntervalIs(int answered, int right, bool below) =>
        Assert.Equal(below, new SpotCheckResults(answered, right).BelowTarget(0.95));

    private static TransactionLabel Answer(string id, string category, string version, string proposed) =>
        new(new TransactionId(id), category, null, null, "anna", At) { SpotChecked = new SpotCheckedTag(version, proposed) };
}
