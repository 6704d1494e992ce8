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

        var results = SpotCheckResults.Of(labels, "v2");

        Assert.Equal((2, 1), (results.Checked, results.Right));
    }

    /// <summary>R: the person kept the model's category; W: they gave another. Target 95%.</summary>
    [Theory]
    [InlineData("", false)]
    [InlineData("W", false)]
    [InlineData("WW", false)]
    [InlineData("WWW", true)]
    [InlineData("RRRRRRRRRW", false)]
    [InlineData("WRWRWRWRWR", true)]
    public void Answers_BelowTargetOnRunsOfWrongOnes(string answers, bool below) =>
        Assert.Equal(below, Results(answers).BelowTarget(0.95));

    [Fact]
    public void SteadyOneWrongInTenOverHundredAnswers_NotBelowTarget() =>
        Assert.False(Results(string.Concat(Enumerable.Repeat("RRRRRRRRRW", 10))).BelowTarget(0.95));

    [Fact]
    public void RunOfWrongAnswersAfterManyRightOnes_BelowTargetAndTheRunDescribed()
    {
        var results = Results(new string('R', 90) + "WWWWW");

        Assert.True(results.BelowTarget(0.95));
        Assert.Equal("90 of 95 spot-checked tags right; a run of 5 answers had 5 wrong", results.Describe(0.95));
        Assert.Equal("90 of 94 spot-checked tags right", Results(new string('R', 90) + "WWWW").Describe(0.95));
    }

    [Fact]
    public void AnswersGivenAtDifferentTimes_CountedInTheOrderGiven()
    {
        // Listed as stored (by row key), the five wrong answers would be spread among the right ones; given last, they run.
        var labels = Enumerable.Range(0, 50)
            .Select(i => Answer($"t{i:00}", i % 10 == 0 ? "hosting" : "travel", "v1", "travel", At.AddDays(i % 10 == 0 ? 1 : 0)))
            .ToList();

        Assert.True(SpotCheckResults.Of(labels, "v1").BelowTarget(0.95));
        Assert.False(SpotCheckResults.Of(labels.Select(l => l with { At = At }), "v1").BelowTarget(0.95));
    }

    [Fact]
    public void RightAnswersWhoseRowsWereAnsweredAgainLater_CountedWhenTheSpotCheckWasAnswered()
    {
        // One answer a day, every tenth wrong: spread out, not a run. The right ones' rows later got a project too, which
        // moved their labels' time; read by that, the five wrong answers would come first, together.
        var labels = Enumerable.Range(0, 50)
            .Select(i => Answer($"t{i:00}", i % 10 == 0 ? "hosting" : "travel", "v1", "travel", At.AddDays(i % 10 == 0 ? i : 100)) with
            {
                SpotChecked = new SpotCheckedTag("v1", "travel", At.AddDays(i)),
            })
            .ToList();

        Assert.False(SpotCheckResults.Of(labels, "v1").BelowTarget(0.95));
        Assert.True(SpotCheckResults.Of(labels.Select(l => l with { SpotChecked = l.SpotChecked! with { AnsweredAt = null } }), "v1").BelowTarget(0.95));
    }

    private static SpotCheckResults Results(string answers) =>
        SpotCheckResults.Of(answers.Select((a, i) => Answer($"t{i:000}", a == 'R' ? "travel" : "hosting", "v1", "travel")), "v1");

    private static TransactionLabel Answer(string id, string category, string version, string proposed, DateTimeOffset? at = null) =>
        new(new TransactionId(id), category, null, null, "anna", at ?? At) { SpotChecked = new SpotCheckedTag(version, proposed) };
}
