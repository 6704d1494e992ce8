namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Temperature scaling: p_i^(1/T), renormalised. One parameter fitted on validation data by minimising the negative
/// log-likelihood; it changes confidence, never the ranking, so accuracy and macro-F1 are untouched.
/// </summary>
internal static class TemperatureScaling
{
    private const double Floor = 1e-9;

    public static double Fit(IReadOnlyList<float[]> probabilities, IReadOnlyList<int> truth)
    {
        var rows = Enumerable.Range(0, truth.Count).Where(i => truth[i] >= 0).ToList();
        if (rows.Count == 0)
        {
            return 1d;
        }

        // A log-spaced grid from 0.2 to 5 is plenty for one smooth, convex-ish parameter.
        var best = 1d;
        var bestLoss = double.MaxValue;
        for (var step = -20; step <= 20; step++)
        {
            var temperature = Math.Pow(5d, step / 20d);
            var loss = rows.Sum(i => -Math.Log(Apply(probabilities[i], temperature)[truth[i]] + Floor));
            if (loss < bestLoss)
            {
                bestLoss = loss;
                best = temperature;
            }
        }

        return best;
    }

    public static float[] Apply(float[] probabilities, double temperature)
    {
        if (temperature is 1d)
        {
            return probabilities;
        }

        var scaled = new float[probabilities.Length];
        var sum = 0d;
        for (var i = 0; i < scaled.Length; i++)
        {
            var value = Math.Exp(Math.Log(probabilities[i] + Floor) / temperature);
            scaled[i] = (float)value;
            sum += value;
        }

        for (var i = 0; i < scaled.Length; i++)
        {
            scaled[i] = (float)(scaled[i] / sum);
        }

        return scaled;
    }

    /// <summary>Expected calibration error over 15 equal-width confidence bins: how far stated confidence is from accuracy.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<double> confidence, IReadOnlyList<bool> correct)
    {
        const int Bins = 15;
        var total = 0d;
        for (var bin = 0; bin < Bins; bin++)
        {
            var members = Enumerable.Range(0, confidence.Count)
                .Where(i => Math.Min((int)(confidence[i] * Bins), Bins - 1) == bin)
                .ToList();
            if (members.Count > 0)
            {
                var gap = Math.Abs(members.Average(i => correct[i] ? 1d : 0d) - members.Average(i => confidence[i]));
                total += gap * members.Count / confidence.Count;
            }
        }

        return total;
    }
}
