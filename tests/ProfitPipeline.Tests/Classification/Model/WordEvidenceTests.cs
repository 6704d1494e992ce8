using ProfitPipeline.Classification.Model;
using static ProfitPipeline.Tests.Classification.Model.QuickTraining;

namespace ProfitPipeline.Tests.Classification.Model;

/// <summary>The words shown beside a proposed category: those of the row that set the label apart, none that do not.</summary>
public sealed class WordEvidenceTests
{
    private static readonly TextClassifier Classifier = Train();

    [Fact]
    public void RowOfKnownWords_ItsWordsForTheLabelStrongestFirstAndNoUnseenWord()
    {
        var words = Classifier.WordsFor([(new ClassificationExample("city cabs ride to the zoo", -12d), "Travel")], top: 3);

        var shown = Assert.Single(words);
        Assert.InRange(shown.Count, 1, 3);
        Assert.All(shown, w => Assert.DoesNotContain("zoo", w, StringComparison.Ordinal));
        Assert.Contains(shown, w => w.Contains("cabs", StringComparison.Ordinal) || w.Contains("ride", StringComparison.Ordinal));
        Assert.All(shown, w => Assert.DoesNotContain(shown, other => other != w && $" {other} ".Contains($" {w} ", StringComparison.Ordinal)));
    }

    [Fact]
    public void LabelTheWordsSpeakAgainstOrAnUnknownLabel_NoWords()
    {
        var words = Classifier.WordsFor(
            [
                (new ClassificationExample("city cabs ride", -12d), "Food"),
                (new ClassificationExample("city cabs ride", -12d), "Rent"),
                (new ClassificationExample("zoo", -12d), "Travel"),
            ],
            top: 3);

        Assert.Equal([0, 0, 0], words.Select(w => w.Count));
    }

    [Fact]
    public void WordTheLabelSharesWithTheRunnerUp_NotShown()
    {
        // "city" is in every Travel and every Food row: it tells them from Hosting, not from each other.
        List<LabelledExample> rows =
        [
            .. Enumerable.Range(0, 120).Select(i => (i % 3) switch
            {
                0 => Row("city cabs ride", "Travel", i),
                1 => Row("city bakery lunch", "Food", i),
                _ => Row("server rent", "Hosting", i),
            }),
        ];
        var classifier = new ClassifierTrainer(QuickTraining.Options).Train(rows, TestContext.Current.CancellationToken)!.Classifier;

        var shown = Assert.Single(classifier.WordsFor([(new ClassificationExample("city cabs ride", -12d), "Travel")], top: 10));

        Assert.NotEmpty(shown);
        Assert.DoesNotContain("city", shown);
    }

    private static TextClassifier Train()
    {
        List<LabelledExample> rows =
        [
            .. Enumerable.Range(0, 120).Select(i => (i % 3) switch
            {
                0 => Row("city cabs ride " + (i % 7 == 0 ? "airport" : "office"), "Travel", i),
                1 => Row("pizza palace lunch", "Food", i),
                _ => Row("corner bakery lunch", "Food", i),
            }),
        ];
        return new ClassifierTrainer(QuickTraining.Options).Train(rows, TestContext.Current.CancellationToken)!.Classifier;
    }
}
