using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Classification.Learning;

/// <summary>
/// Written beside each model version: how it and the then-current model did on the same time-based holdout (the latest 20% by
/// date), and whether it was promoted.
/// </summary>
public sealed record ModelMetrics(
    string Version,
    DateTimeOffset TrainedAt,
    int TrainingRows,
    int HoldoutRows,
    ClassificationScores? Category,
    ClassificationScores? Customer,
    string? ComparedWith,
    double? ComparedCategoryMacroF1,
    double? ComparedCustomerMacroF1,
    bool Promoted);
