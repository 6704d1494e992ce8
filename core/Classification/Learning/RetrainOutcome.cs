namespace ProfitPipeline.Classification.Learning;

/// <summary>What a retraining did: the new version's metrics (null when there was too little to train on).</summary>
public sealed record RetrainOutcome(ModelMetrics? Metrics, string Reason)
{
    public bool Promoted => Metrics?.Promoted ?? false;
}
