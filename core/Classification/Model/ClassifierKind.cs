namespace ProfitPipeline.Classification.Model;

/// <summary>The candidate models compared on validation data; the one with the best macro-F1 is kept.</summary>
public enum ClassifierKind
{
    /// <summary>SDCA maximum entropy (multinomial logistic regression) on word and character n-grams.</summary>
    MaximumEntropy,

    /// <summary>LightGBM multiclass with softmax output on a compact hashed feature vector.</summary>
    LightGbm,

    /// <summary>The average of the two best single models' temperature-calibrated probabilities.</summary>
    Ensemble,

    /// <summary>A multiclass linear SVM (SDCA, hinge loss) whose margins are calibrated by a softmax with a fitted temperature.</summary>
    LinearSvm,
}
