namespace ProfitPipeline.Classification.Model;

/// <summary>The model's best label for one row, its calibrated probability, whether that clears the acceptance threshold, and if not, why.</summary>
internal sealed record ClassPrediction(string Label, double Confidence, bool Accepted, WaitReason Waits = WaitReason.None);
