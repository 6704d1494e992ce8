namespace ProfitPipeline.Classification.Learning;

/// <summary>
/// The current tagging model as an admin sees it: its version, how it and the model before it scored on its holdout when it
/// was trained, what people's answers on its spot checks showed, and whether they stopped its acceptance.
/// </summary>
/// <param name="Metrics">Written beside the model when it was trained; null if that blob is missing.</param>
/// <param name="SpotChecksAnswered">Answers that gave a category on this model's spot checks.</param>
/// <param name="SpotChecksRight">Of those, the ones that kept the model's category.</param>
/// <param name="SpotChecks">The same in words, and the run of wrong answers when they stopped acceptance.</param>
/// <param name="AcceptanceStopped">What the answers showed when they stopped its acceptance; null while it accepts.</param>
/// <param name="SpotCheckSample">Which of its accepted tags are spot checks: the sample every model shares, and its own first ones.</param>
public sealed record ModelStatus(string Version, ModelMetrics? Metrics, int SpotChecksAnswered, int SpotChecksRight, string SpotChecks, string? AcceptanceStopped, string SpotCheckSample)
{
    /// <summary>What both hosts say before the first model.</summary>
    public const string NoneYet = "No model has been promoted yet: tags come from rules and matching until the first retrain on enough labels.";
}
