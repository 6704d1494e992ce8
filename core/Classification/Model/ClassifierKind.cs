namespace ProfitPipeline.Classification.Model;

/// <summary>The candidate models compared on validation data; the one with the best macro-F1 is kept.</summary>
public enum ClassifierKind
{
    /// <summary>SDCA maximum entropy (multinomial logistic regression): calibrated by construction.</summary>
    MaximumEntropy,

    /// <summary>LightGBM multiclass with softmax output.</summary>
    LightGbm,

    /// <summary>The average of both models' temperature-calibrated probabilities.</summary>
    Ensemble,
}
