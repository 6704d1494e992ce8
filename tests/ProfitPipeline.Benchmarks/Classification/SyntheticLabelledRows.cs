using System.Globalization;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Benchmarks.Classification;

/// <summary>
/// Labelled rows with any number of labels, for measuring how training scales with them: each label draws its payee and memo
/// words from its own window of twelve words, which overlaps its neighbours' (so labels are confusable, as real categories
/// are), every row adds two words of noise, and label frequencies are skewed as ledgers are (a few labels carry most rows,
/// the rest a handful). Seeded, so every run trains on the same rows.
/// </summary>
internal static class SyntheticLabelledRows
{
    private const int WindowWords = 12;

    /// <summary>Each label's window starts this many words after the previous one's: neighbours share five words.</summary>
    private const int WindowStride = 7;

    public static List<LabelledExample> Generate(int rows, int labels, int seed)
    {
        var random = new Random(seed);
        var vocabulary = (labels * WindowStride) + WindowWords;
        var start = new DateOnly(2024, 1, 1);
        var result = new List<LabelledExample>(rows);
        for (var i = 0; i < rows; i++)
        {
            // 60% from a heavy-tailed distribution (label 0 most frequent), 40% uniform, so every label has rows.
            var label = random.NextDouble() < 0.6 ? Math.Min((int)(1 / Math.Pow(1 - random.NextDouble(), 1 / 0.7)) - 1, labels - 1) : random.Next(labels);
            string Own() => Word((label * WindowStride) + random.Next(WindowWords));
            string Noise() => Word(random.Next(vocabulary));
            var payee = Own().ToUpperInvariant() + " LTD";
            var text = string.Join(' ', payee, Own(), Own(), Noise(), Noise());
            var amount = Math.Round((random.NextDouble() * 1800) - 900, 2);
            var example = new ClassificationExample(text, amount, Date: start.AddDays(random.Next(366)), Counterparty: payee);
            result.Add(new LabelledExample(example, string.Create(CultureInfo.InvariantCulture, $"Label {label}")));
        }

        return result;
    }

    private static string Word(int index) => string.Create(CultureInfo.InvariantCulture, $"w{index}");
}
