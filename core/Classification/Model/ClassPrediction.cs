namespace ProfitPipeline.Classification.Model;

/// <summary>The model's best label for one row, its calibrated probability, and whether that clears the acceptance threshold.</summary>
internal sealed record ClassPrediction(string Label, double Confidence, bool Accepted);
