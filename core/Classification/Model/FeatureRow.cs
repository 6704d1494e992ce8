using Microsoft.ML.Data;

namespace ProfitPipeline.Classification.Model;

/// <summary>The row ML.NET reads. Numbers are the amount's sign, its scaled log-magnitude and the day of month (0 when unknown).</summary>
internal sealed class FeatureRow
{
    public const int NumberCount = 3;

    public string Text { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    [VectorType(NumberCount)]
    public float[] Numbers { get; set; } = new float[NumberCount];

    public string Label { get; set; } = string.Empty;

    public static FeatureRow From(ClassificationExample example, string label = "")
    {
        var amount = example.Amount ?? 0d;
        return new FeatureRow
        {
            Text = example.Text,
            Kind = example.Kind ?? string.Empty,
            Numbers =
            [
                Math.Sign(amount),

                // log10 of one hundred million is 8: amounts up to that map into 0..1, the scale SDCA likes.
                (float)Math.Min(Math.Log10(1d + Math.Abs(amount)) / 8d, 1d),
                example.Date is { } date ? date.Day / 31f : 0f,
            ],
            Label = label,
        };
    }
}
