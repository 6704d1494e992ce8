using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

/// <summary>What tests that train a real classifier on a few rows share: fast options and a dated labelled row.</summary>
internal static class QuickTraining
{
    /// <summary>Linear candidates only, few SDCA passes: a tiny set trains in well under a second.</summary>
    public static ClassifierTrainingOptions Options { get; } = new() { IncludeLightGbm = false, MaximumEntropyIterations = 10, LinearSvmIterations = 10 };

    /// <summary>A debit dated <paramref name="day"/> days after 1 January 2024, its text also its counterparty.</summary>
    public static LabelledExample Row(string text, string label, int day) =>
        new(new ClassificationExample(text, -10d - day, Date: new DateOnly(2024, 1, 1).AddDays(day), Counterparty: text), label);
}
