namespace ProfitPipeline.Classification.Learning;

/// <summary>What a retraining did: the new version's metrics (null when there was too little to train on).</summary>
public sealed record RetrainOutcome(ModelMetrics? Metrics, string Reason)
{
    public bool Promoted => Metrics?.Promoted ?? false;

    /// <summary>What people's answers on the then-current model's spot checks showed ("11 of 12 spot-checked tags right"); null before any.</summary>
    public string? CurrentModelSpotChecks { get; init; }

    /// <summary>When promoted: the ledger's rows the new model accepted and those of them that now wait as its first spot checks.</summary>
    public FirstSpotChecks? FirstSpotChecks { get; init; }
}
