namespace ProfitPipeline.Classification.Model;

/// <summary>
/// Whether the winner's refit on every row may run beside its fit on the training rows (<see cref="ClassifierTrainer"/>). Two SDCA
/// fits at once hold two sets of dense weights, one float per label per feature: on 500 labels the second one took 1.2 GB more
/// (4.37 GB against 3.15 GB, docs/benchmarks.md, twenty-second round), more than a 2 GB Functions instance has to spare. The
/// refit then runs after, which gives the same model, one fit later.
/// </summary>
internal static class RefitMemory
{
    /// <summary>
    /// Dense weight matrices one SDCA fit holds at its peak, rounded up from the 500-label measurement (1.2 GB for 500 x 90,000
    /// floats of 4 bytes, about 6.8 matrices).
    /// </summary>
    private const long MatricesPerFit = 7;

    /// <summary>The feature columns at most: the word and character n-gram caps of <see cref="TextFeaturizer"/>, kind and numbers.</summary>
    private const long MaximumFeatures = TextFeaturizer.MaximumWordGrams + TextFeaturizer.MaximumCharGrams + 32;

    /// <summary>What one more fit of <paramref name="labels"/> labels is expected to take, in bytes.</summary>
    public static long EstimatedBytes(int labels) => labels * MaximumFeatures * sizeof(float) * MatricesPerFit;

    /// <summary>
    /// Half of what the process can still use (the GC's view, which follows a container's limit or a heap hard limit), so the
    /// estimate's error and the other fit's growth have room; null when the runtime has not measured it yet.
    /// </summary>
    public static long? Spare()
    {
        var memory = GC.GetGCMemoryInfo();
        return memory.TotalAvailableMemoryBytes > 0 ? Math.Max(0, memory.TotalAvailableMemoryBytes - memory.MemoryLoadBytes) / 2 : null;
    }
}
