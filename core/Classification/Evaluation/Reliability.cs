using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Classification.Evaluation;

/// <summary>
/// Whether the confidence a tag shows can be believed on rows the model never saw: the test rows in bins of shown confidence,
/// each with its mean confidence and the share that was right, and the expected calibration error over them (15 bins, as on
/// validation). The shown confidence is capped by what validation supports, so an honest model's rows are right at least as
/// often as they claim.
/// </summary>
public sealed record Reliability(IReadOnlyList<ReliabilityBin> Bins, double ExpectedCalibrationError)
{
    private const int BinCount = 10;

    internal static Reliability Of(IReadOnlyList<string> truth, IReadOnlyList<ClassPrediction> predictions)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(predictions.Count, truth.Count);
        var correct = predictions.Select((p, i) => string.Equals(p.Label, truth[i], StringComparison.Ordinal)).ToList();
        var confidence = predictions.Select(p => p.Confidence).ToList();
        var bins = Enumerable.Range(0, truth.Count)
            .GroupBy(i => Math.Clamp((int)(confidence[i] * BinCount), 0, BinCount - 1))
            .OrderByDescending(g => g.Key)
            .Select(g => new ReliabilityBin(
                (double)g.Key / BinCount,
                (double)(g.Key + 1) / BinCount,
                g.Count(),
                g.Average(i => confidence[i]),
                g.Count(i => correct[i]) / (double)g.Count()))
            .ToList();
        return new Reliability(bins, truth.Count == 0 ? 0 : TemperatureScaling.ExpectedCalibrationError(confidence, correct));
    }
}

/// <summary>The test rows whose shown confidence is at least <paramref name="From"/> and below <paramref name="To"/> (the top bin includes 1).</summary>
public sealed record ReliabilityBin(double From, double To, int Rows, double MeanConfidence, double Accuracy);
