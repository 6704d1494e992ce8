namespace ProfitPipeline.Classification.Model;

/// <summary>Caps that keep training of hundreds of classes on tens of thousands of rows to minutes on two cores.</summary>
public sealed record ClassifierTrainingOptions
{
    public double TargetPrecision { get; init; } = 0.95;

    public int MaximumEntropyIterations { get; init; } = 30;

    public int LightGbmIterations { get; init; } = 20;

    public int LightGbmLeaves { get; init; } = 16;

    public bool IncludeLightGbm { get; init; } = true;

    public int Threads { get; init; } = 2;

    public int Seed { get; init; } = 17;
}
