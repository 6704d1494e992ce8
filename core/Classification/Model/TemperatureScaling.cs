using System.Numerics.Tensors;
namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Temperature scaling: p_i^(1/T), renormalised (for softmaxed margins that is softmax(margin / T)). One parameter fitted on
/// validation data by minimising the negative log-likelihood; it changes confidence, never the ranking, so accuracy and
/// macro-F1 are untouched.
/// </summary>
internal static class TemperatureScaling
{
    private const double Floor = 1e-12;

    public static double Fit(IReadOnlyList<float[]> probabilities, IReadOnlyList<int> truth)
    {
        var rows = Enumerable.Range(0, truth.Count).Where(i => truth[i] >= 0).ToList();
        if (rows.Count == 0)
        {
            return 1d;
        }

        // Log-spaced from 0.0001 to 10: softmaxed SVM margins need very low temperatures, over-confident models high ones.
        // The loss is smooth in log T, so a coarse grid refined once around its best point is plenty.
        var logs = rows.Select(i => probabilities[i].Select(p => Math.Log(p + Floor)).ToArray()).ToList();
        var truths = rows.Select(i => truth[i]).ToList();
        var best = BestOnGrid(logs, truths, Math.Log(1e-4), Math.Log(10d), 30);
        var step = (Math.Log(10d) - Math.Log(1e-4)) / 30;
        return Math.Exp(BestOnGrid(logs, truths, best - step, best + step, 10));
    }

    private static double BestOnGrid(List<double[]> logs, List<int> truth, double from, double to, int steps)
    {
        var best = from;
        var bestLoss = double.MaxValue;
        for (var k = 0; k <= steps; k++)
        {
            var logT = from + ((to - from) * k / steps);
            var loss = NegativeLogLikelihood(logs, truth, Math.Exp(logT));
            if (loss < bestLoss)
            {
                bestLoss = loss;
                best = logT;
            }
        }

        return best;
    }

    private static double NegativeLogLikelihood(List<double[]> logs, List<int> truth, double temperature)
    {
        var total = 0d;
        for (var r = 0; r < logs.Count; r++)
        {
            var row = logs[r];
            var max = row.Max() / temperature;
            var sum = 0d;
            foreach (var l in row)
            {
                sum += Math.Exp((l / temperature) - max);
            }

            total += max + Math.Log(sum) - (row[truth[r]] / temperature);
        }

        return total;
    }

    public static float[] Apply(float[] probabilities, double temperature)
    {
        if (temperature is 1d)
        {
            return probabilities;
        }

        var scaled = (float[])probabilities.Clone();
        ApplyInPlace(scaled, temperature);
        return scaled;
    }

    /// <summary>
    /// p^(1/T), renormalised: a softmax over log(p + floor) / T, in vector lanes (every class of every predicted row goes through
    /// here, so it decides batch throughput). The softmax shifts by the largest log: at low temperatures the raw powers underflow.
    /// </summary>
    public static void ApplyInPlace(Span<float> probabilities, double temperature)
    {
        if (temperature is 1d)
        {
            return;
        }

        TensorPrimitives.Add(probabilities, (float)Floor, probabilities);
        TensorPrimitives.Log(probabilities, probabilities);
        TensorPrimitives.Multiply(probabilities, (float)(1d / temperature), probabilities);
        ScoreColumn.SoftmaxInPlace(probabilities);
    }

    /// <summary>Expected calibration error over 15 equal-width confidence bins: how far stated confidence is from accuracy.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<double> confidence, IReadOnlyList<bool> correct)
    {
        const int Bins = 15;
        var count = new int[Bins];
        var hits = new double[Bins];
        var stated = new double[Bins];
        for (var i = 0; i < confidence.Count; i++)
        {
            var bin = Math.Clamp((int)(confidence[i] * Bins), 0, Bins - 1);
            count[bin]++;
            hits[bin] += correct[i] ? 1 : 0;
            stated[bin] += confidence[i];
        }

        var total = 0d;
        for (var bin = 0; bin < Bins; bin++)
        {
            if (count[bin] > 0)
            {
                total += Math.Abs(hits[bin] - stated[bin]) / confidence.Count;
            }
        }

        return total;
    }
}
