using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

public sealed class CounterpartyNoveltyTests
{
    private static readonly HashSet<string> Known = ["LYFT", "FONTSPRING"];

    [Theory]
    [InlineData("Lyft", false)]
    [InlineData(" lyft ", false)]
    [InlineData("Uber", true)]
    [InlineData("", true)]
    [InlineData(null, true)]
    public void IsNew_ComparesNamesAsGroupingDoes_AndARowWithoutOneIsNewToRowsThatAllHadOne(string? counterparty, bool expected) =>
        Assert.Equal(expected, new CounterpartyNovelty(Known, AcceptanceRule.Unvalidated).IsNew(counterparty));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void IsNew_RowWithoutOneWhenSomeLearnedRowsHadNone_NotNew(string? counterparty) =>
        Assert.False(new CounterpartyNovelty(CounterpartyNovelty.NamesOf([QuickTraining.Row("Lyft", "travel", 1), new(new ClassificationExample("ACCOUNT FEES", -4d), "bank-fees")]), AcceptanceRule.Unvalidated).IsNew(counterparty));

    [Fact]
    public void Fit_UsesOnlyTheValidationRowsOfNewCounterparties()
    {
        // 60 rows of known payees, all right at 0.99; 40 rows of new ones at 0.99, half right.
        string?[] counterparties = [.. Enumerable.Repeat("Lyft", 60), .. Enumerable.Range(0, 40).Select(i => $"Payee {i}")];
        double[] confidence = [.. Enumerable.Repeat(0.99, 100)];
        bool[] correct = [.. Enumerable.Repeat(true, 60), .. Enumerable.Range(0, 40).Select(i => i % 2 == 0)];

        // The vote is as sure as the score here: its bound, too, is what the new payees' rows support.
        var novelty = CounterpartyNovelty.Fit(Known, counterparties, confidence, confidence, correct, [.. counterparties.Select(_ => (DateOnly?)null)], 0.95, 30);

        Assert.Equal(AcceptanceThreshold.Never, novelty.Acceptance.Threshold);
        Assert.InRange(novelty.Acceptance.Bound!.Confidence(0.99), 0.3, 0.5);
        Assert.InRange(novelty.Acceptance.DisplayBound!.Confidence(0.99), 0.3, 0.5);
        Assert.Equal(novelty.Acceptance, novelty.WithKnown(Known).Acceptance);
    }

    [Fact]
    public void Fit_NewCounterpartiesRightOftenEnough_GetAThreshold()
    {
        string?[] counterparties = [.. Enumerable.Range(0, 120).Select(i => $"Payee {i}")];
        double[] confidence = [.. Enumerable.Range(0, 120).Select(i => i < 100 ? 0.98 : 0.4)];
        bool[] correct = [.. Enumerable.Range(0, 120).Select(i => i < 100)];

        var novelty = CounterpartyNovelty.Fit(Known, counterparties, confidence, confidence, correct, [.. counterparties.Select(_ => (DateOnly?)null)], 0.95, 30);

        Assert.Equal(0.98, novelty.Acceptance.Threshold);
    }

    [Fact]
    public void Fit_NewCounterpartiesLatestHalfRightLessOftenBelowTheCut_TheirThresholdHoldsOnItToo()
    {
        // 600 rows of new payees, the latest 300 by date right only 4 in 5 times below 0.8; and 100 rows of a known payee, latest
        // of all and all wrong, which are not the new payees' to answer for.
        var fresh = Enumerable.Range(0, 600).ToList();
        string?[] counterparties = [.. fresh.Select(i => $"Payee {i}"), .. Enumerable.Repeat("Lyft", 100)];
        double[] confidence = [.. fresh.Select(i => 0.5 + (0.49 * (i % 100) / 100d)), .. Enumerable.Repeat(0.97, 100)];
        bool[] correct = [.. fresh.Select(i => i < 300 || i % 5 != 0 || confidence[i] >= 0.8), .. Enumerable.Repeat(false, 100)];
        DateOnly?[] dates = [.. Enumerable.Range(0, 700).Select(i => (DateOnly?)new DateOnly(2026, 1, 1).AddDays(i))];

        var novelty = CounterpartyNovelty.Fit(Known, counterparties, confidence, confidence, correct, dates, 0.95, 30);

        var onEveryNewRow = AcceptanceThreshold.Choose(confidence[..600], correct[..600], 0.95, 30);
        var onLatestNewRows = AcceptanceThreshold.Choose(confidence[300..600], correct[300..600], 0.95, 30);
        Assert.True(onLatestNewRows > onEveryNewRow, $"{onLatestNewRows} <= {onEveryNewRow}");
        Assert.Equal(onLatestNewRows, novelty.Acceptance.Threshold);
    }

    [Fact]
    public void TrainedModel_ARowOfANewPayeeWaits_WhereAKnownPayeesRowIsAccepted()
    {
        // Each payee's rows always carry one label, and the name says nothing of it: a model can learn known payees, not new ones.
        // New payees keep arriving, so the latest rows (validation) include payees the fit rows never had.
        var random = new Random(5);
        string[] labels = ["rent", "software", "travel", "meals"];
        var payees = Enumerable.Range(0, 48).Select(_ => new string([.. Enumerable.Range(0, 7).Select(_ => (char)('a' + random.Next(26)))])).ToList();
        var rows = new List<LabelledExample>();
        for (var k = 0; k < payees.Count; k++)
        {
            for (var day = k * 2; day < 100; day += 2)
            {
                rows.Add(QuickTraining.Row(payees[k], labels[k % 4], day));
            }
        }

        var classifier = new ClassifierTrainer(QuickTraining.Options).Train(rows, TestContext.Current.CancellationToken)!.Classifier;
        var predictions = classifier.Predict([QuickTraining.Row(payees[0], labels[0], 120).Example, QuickTraining.Row("qwzxvbnm", labels[0], 120).Example]);

        Assert.NotNull(classifier.Novelty);
        Assert.Contains(payees[0].ToUpperInvariant(), classifier.Novelty.Known);
        Assert.True(predictions[0].Accepted, $"known payee: {predictions[0]}");
        Assert.False(predictions[1].Accepted, $"new payee: {predictions[1]}");
        Assert.True(predictions[1].Confidence < 0.5, $"new payee: {predictions[1]}");
    }

    [Fact]
    public void ValidationMetOnlyNewCounterparties_AKnownCounterpartysRowStillShowsWhatValidationSupports()
    {
        // Every validation row has a counterparty the fit rows never had, but words they did: there is evidence for the
        // model, none for known counterparties apart, so their rows are judged by every validation row.
        string[] labels = ["rent", "software", "travel", "meals"];
        string[] words = ["landlord office lease", "cloud licence subscription", "train ticket fare", "lunch restaurant cafe"];
        var fit = Enumerable.Range(0, 160).Select(i => QuickTraining.Row($"{words[i % 4]} {i % 40}", labels[i % 4], i / 2)).ToList();
        var validation = Enumerable.Range(0, 80).Select(i => QuickTraining.Row($"{words[i % 4]} v{i}", labels[i % 4], 80 + (i / 2))).ToList();

        var classifier = new ClassifierTrainer(QuickTraining.Options).Train(fit, validation, TestContext.Current.CancellationToken)!.Classifier;
        var known = classifier.Predict([QuickTraining.Row($"{words[1]} 5", labels[1], 130).Example])[0];

        Assert.False(classifier.Novelty!.IsNew($"{words[1]} 5"));
        Assert.Equal("software", known.Label);
        Assert.True(known.Confidence > 0.5, known.ToString());
    }
}
