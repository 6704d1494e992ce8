using System.CommandLine;
using System.Globalization;
using ProfitPipeline.Classification.Learning;

namespace ProfitPipeline.Cli.Commands;

/// <summary><c>profit retrain [--json]</c>: the weekly retrain, now; prints what it did.</summary>
internal static class RetrainCommand
{
    public static Command Create() => TaggingAdminCommand.Create(
        "retrain",
        "Retrain the tagging model from the labels now; the new model is promoted only if it is not worse on the holdout.",
        "Print one JSON object.",
        (admin, cancellationToken) => admin.RetrainAsync(cancellationToken),
        Describe);

    public static string Describe(RetrainOutcome outcome)
    {
        if (outcome.Metrics is not { } metrics)
        {
            return $"Nothing trained: {outcome.Reason}.";
        }

        var verdict = metrics.Promoted ? $"Promoted model {metrics.Version}" : $"Trained model {metrics.Version}, not promoted";
        var current = metrics.ComparedWith is null ? "no current model"
            : string.Create(CultureInfo.InvariantCulture, $"current {metrics.ComparedWith}: {metrics.ComparedCategoryMacroF1:0.000}{(outcome.CurrentModelSpotChecks is { } checks ? "; " + checks : string.Empty)}");
        var first = outcome.FirstSpotChecks is { TransactionIds.Count: > 0 } f
            ? string.Create(CultureInfo.InvariantCulture, $" {f.TransactionIds.Count} of the {f.Accepted} ledger rows it accepted wait for review as its first spot checks.")
            : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{verdict} ({outcome.Reason}). Trained on {metrics.TrainingRows} labelled rows; category macro-F1 on the {metrics.HoldoutRows} latest rows {metrics.Category?.MacroF1:0.000} ({current}).{first}");
    }
}
