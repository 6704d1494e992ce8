using Microsoft.ML;
using Microsoft.ML.Data;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

public sealed class RefereeConfidenceTests
{
    private const string BankDebit = "BankDebit";

    private static readonly string[] Labels = ["rent", "travel", "software"];

    private static TextClassifier Classifier(double threshold) =>
        new(new MLContext(1), new TransformerChain<ITransformer>(), [], Labels, new AcceptanceRule(threshold, null));

    [Fact]
    public void RefereeDoubtsTheVotedLabel_ConfidenceIsTheRefereesProbabilityAndRowIsRefused()
    {
        var prediction = Classifier(0.9).ToPrediction([0.05f, 0.93f, 0.02f], [[0.10f, 0.40f, 0.50f]], BankDebit);

        Assert.Equal("travel", prediction.Label);
        Assert.Equal(0.40, prediction.Confidence, 1e-6);
        Assert.False(prediction.Accepted);
    }

    [Fact]
    public void RefereeAgrees_ConfidenceIsTheLowerOfVoteAndReferee()
    {
        var prediction = Classifier(0.9).ToPrediction([0.02f, 0.97f, 0.01f], [[0.01f, 0.95f, 0.04f]], BankDebit);

        Assert.Equal(0.95, prediction.Confidence, 1e-6);
        Assert.True(prediction.Accepted);
    }

    [Fact]
    public void ScoredByReferees_VoteChoosesTheLabelAndTheRefereesAloneSayHowSure()
    {
        var history = new TextHistory(new Dictionary<string, TextHistory.Entry>(StringComparer.Ordinal));
        var classifier = new TextClassifier(new MLContext(1), new TransformerChain<ITransformer>(), [], Labels, new AcceptanceRule(0.9, null), history: history, scoreByReferees: true);

        var sure = classifier.ToPrediction([0.2f, 0.5f, 0.3f], [[0f, 0.96f, 0f]], BankDebit);
        var unsure = classifier.ToPrediction([0.01f, 0.98f, 0.01f], [[0f, 0.5f, 0f]], BankDebit);

        Assert.Equal(("travel", 0.96, true), (sure.Label, Math.Round(sure.Confidence, 6), sure.Accepted));
        Assert.Equal(("travel", 0.5, false), (unsure.Label, Math.Round(unsure.Confidence, 6), unsure.Accepted));
    }

    [Fact]
    public void NoReferees_ConfidenceIsTheVotesTopProbability()
    {
        var prediction = Classifier(0.9).ToPrediction([0.7f, 0.2f, 0.1f], [], BankDebit);

        Assert.Equal(("rent", 0.7), (prediction.Label, Math.Round(prediction.Confidence, 6)));
        Assert.False(prediction.Accepted);
    }

    [Fact]
    public void RowOfAKindValidationDidNotCover_KeepsItsLabelButConfidenceZeroAndRefused()
    {
        var classifier = Classifier(0.9).WithAcceptance(new AcceptanceRule(0.9, null), new ValidatedKinds(["Bill", "Invoice"]));

        var bank = classifier.ToPrediction([0.02f, 0.97f, 0.01f], [], BankDebit);
        var bill = classifier.ToPrediction([0.02f, 0.97f, 0.01f], [], "Bill");

        Assert.Equal(("travel", 0d, false), (bank.Label, bank.Confidence, bank.Accepted));
        Assert.Equal(("travel", true), (bill.Label, bill.Accepted));
    }

    [Fact]
    public void RowWithoutText_KeepsItsLabelButConfidenceZeroAndWaits()
    {
        var classifier = Classifier(0.9).WithAcceptance(new AcceptanceRule(0.9, null), new ValidatedKinds([BankDebit]));

        var blank = classifier.ToPrediction([0.001f, 0.998f, 0.001f], [[0f, 0.99f, 0f]], BankDebit, hasText: false);
        var written = classifier.ToPrediction([0.001f, 0.998f, 0.001f], [[0f, 0.99f, 0f]], BankDebit);

        Assert.Equal(("travel", 0d, false, WaitReason.NoText), (blank.Label, blank.Confidence, blank.Accepted, blank.Waits));
        Assert.Equal(("travel", true), (written.Label, written.Accepted));
    }

    [Fact]
    public void RowsThatWait_SayWhy()
    {
        var novelty = new CounterpartyNovelty(new HashSet<string>(StringComparer.Ordinal) { "LYFT" }, AcceptanceRule.Unvalidated);
        var classifier = Classifier(0.9).WithAcceptance(new AcceptanceRule(0.9, null), new ValidatedKinds(["Bill", BankDebit]), novelty);
        float[] sure = [0.02f, 0.97f, 0.01f];
        float[] unsure = [0.3f, 0.5f, 0.2f];

        ClassPrediction[] predictions =
        [
            classifier.ToPrediction(sure, [], BankDebit),
            classifier.ToPrediction(unsure, [], BankDebit),
            classifier.ToPrediction(sure, [], BankDebit, newCounterparty: true),
            classifier.ToPrediction(unsure, [], BankDebit, newCounterparty: true),
            classifier.ToPrediction(sure, [], "Invoice"),
        ];

        Assert.Equal(
            [WaitReason.None, WaitReason.BelowThreshold, WaitReason.NewCounterparty, WaitReason.BelowThreshold, WaitReason.KindNotValidated],
            predictions.Select(p => p.Waits));
        Assert.Equal([true, false, false, false, false], predictions.Select(p => p.Accepted));
    }

    [Fact]
    public void TextTheHistoryNeverSaw_ShowsWhatValidationSupportsForTheVote_StillRefused()
    {
        // Validation: rows the vote gave 0.8 or more were right 9 times in 10; below that, half the time.
        var vote = Enumerable.Range(0, 200).Select(i => i < 100 ? 0.85 : 0.55).ToList();
        var correct = Enumerable.Range(0, 200).Select(i => i < 100 ? i % 10 != 0 : i % 2 == 0).ToList();
        var display = PrecisionBound.FitIsotonic(vote, correct);
        var history = new TextHistory(new Dictionary<string, TextHistory.Entry>(StringComparer.Ordinal));
        var withDisplay = new TextClassifier(new MLContext(1), new TransformerChain<ITransformer>(), [], Labels, new AcceptanceRule(0.9, null, display), history: history, scoreByReferees: true);
        var without = withDisplay.WithAcceptance(new AcceptanceRule(0.9, null));

        // The history gives an unseen text 0, so the score is 0 whatever the vote says.
        var shown = withDisplay.ToPrediction([0.05f, 0.9f, 0.05f], [[0f, 0f, 0f]], BankDebit);
        var unsure = withDisplay.ToPrediction([0.3f, 0.4f, 0.3f], [[0f, 0f, 0f]], BankDebit);
        var old = without.ToPrediction([0.05f, 0.9f, 0.05f], [[0f, 0f, 0f]], BankDebit);

        Assert.InRange(shown.Confidence, 0.8, 0.9);
        Assert.False(shown.Accepted);
        Assert.Equal(0.4, unsure.Confidence, 1e-6);
        Assert.Equal((0d, false), (old.Confidence, old.Accepted));
    }

    [Fact]
    public void ValidationRowsShownAsMuchWereRightLessOften_ShownIsCappedAgain_AcceptanceUnchanged()
    {
        // The vote's map vouches 0.85 for rows the vote gives 0.9, but the validation rows shown 0.85 were right half the time.
        var vote = Enumerable.Range(0, 200).Select(i => i < 100 ? 0.9 : 0.55).ToList();
        var display = PrecisionBound.FitIsotonic(vote, [.. Enumerable.Range(0, 200).Select(i => i % 10 != 0)]);
        var shown = PrecisionBound.FitIsotonic([.. Enumerable.Repeat(0.85, 200)], [.. Enumerable.Range(0, 200).Select(i => i % 2 == 0)]);
        var history = new TextHistory(new Dictionary<string, TextHistory.Entry>(StringComparer.Ordinal));
        var once = new TextClassifier(new MLContext(1), new TransformerChain<ITransformer>(), [], Labels, new AcceptanceRule(0.9, null, display), history: history);
        var twice = once.WithAcceptance(new AcceptanceRule(0.9, null, display, shown));

        var doubted = (Once: once.ToPrediction([0.05f, 0.9f, 0.05f], [[0f, 0f, 0f]], BankDebit), Twice: twice.ToPrediction([0.05f, 0.9f, 0.05f], [[0f, 0f, 0f]], BankDebit));
        var agreed = (Once: once.ToPrediction([0.02f, 0.97f, 0.01f], [[0f, 0.95f, 0f]], BankDebit), Twice: twice.ToPrediction([0.02f, 0.97f, 0.01f], [[0f, 0.95f, 0f]], BankDebit));

        Assert.InRange(doubted.Once.Confidence, 0.8, 0.9);
        Assert.InRange(doubted.Twice.Confidence, 0.4, 0.5);
        Assert.InRange(agreed.Twice.Confidence, 0.4, 0.5);
        Assert.Equal((doubted.Once.Label, doubted.Once.Accepted), (doubted.Twice.Label, doubted.Twice.Accepted));
        Assert.Equal((agreed.Once.Label, true), (agreed.Twice.Label, agreed.Twice.Accepted));
    }
}
