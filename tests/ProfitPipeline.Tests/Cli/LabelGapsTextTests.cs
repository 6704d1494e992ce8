using ProfitPipeline.Classification.Evaluation;
using ProfitPipeline.Cli.Commands;

namespace ProfitPipeline.Tests.Cli;

public sealed class LabelGapsTextTests
{
    [Fact]
    public void LabelOnlyThePickedPredicts_NamedWithEachModelsLabelCount()
    {
        var labels = LabelComparison.Of(
            ["rent", "rent", "software", "software", "software"],
            ["rent", "travel", "software", "software", "travel"],
            ["rent", "rent", "software", "rent", "software"]);

        var lines = LabelGapsText.Render(labels, shown: 5).Split(Environment.NewLine);

        Assert.Equal(
            [
                "  per label, picked vs linear SVM anchor (the picked's macro-F1 averages F1 over 3 labels true or predicted by it, the anchor's over 2); most behind:",
                "    rent: F1 0.667 vs 0.8 (2 test rows; predicted 1 vs 3 times)",
                "  most ahead: none",
                "  predicted but true in no test row (F1 0, one more zero in that model's average): picked 1 (travel 2 times); anchor none",
            ],
            lines);
    }

    [Fact]
    public void BothPredictOnlyTrueLabels_OneLabelCountAndNoNeverTrueLine()
    {
        var labels = LabelComparison.Of(["rent", "software", "software"], ["rent", "software", "software"], ["rent", "rent", "software"]);

        var lines = LabelGapsText.Render(labels, shown: 5).Split(Environment.NewLine);

        Assert.Equal(
            [
                "  per label, picked vs linear SVM anchor (each macro-F1 averages F1 over the same 2 labels true or predicted); most behind: none",
                "  most ahead:",
                "    rent: F1 1 vs 0.667 (1 test row; predicted 1 vs 2 times)",
                "    software: F1 1 vs 0.667 (2 test rows; predicted 2 vs 1 times)",
            ],
            lines);
    }

    [Fact]
    public void MoreNeverTrueLabelsThanShown_MostPredictedNamedAndTheRestCounted()
    {
        var labels = LabelComparison.Of(
            ["rent", "rent", "rent", "rent"],
            ["bank", "bank", "fees", "tax"],
            ["rent", "rent", "rent", "fees"]);

        var last = LabelGapsText.Render(labels, shown: 2).Split(Environment.NewLine)[^1];

        Assert.Equal("  predicted but true in no test row (F1 0, one more zero in that model's average): picked 3 (bank 2 times, fees once, 1 more); anchor 1 (fees once)", last);
    }
}
