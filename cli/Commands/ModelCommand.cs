using System.CommandLine;
using System.Globalization;
using ProfitPipeline.Classification.Learning;

namespace ProfitPipeline.Cli.Commands;

/// <summary><c>profit model [--json]</c>: the current tagging model, its holdout metrics and spot checks, and whether it accepts.</summary>
internal static class ModelCommand
{
    public static Command Create() => TaggingAdminCommand.Create(
        "model",
        "The current tagging model: version, holdout metrics, what people's answers on its spot checks showed, and whether they stopped its acceptance.",
        "Print one JSON object (null before the first model).",
        (admin, cancellationToken) => admin.CurrentModelAsync(cancellationToken),
        Describe);

    private static string Describe(ModelStatus? status)
    {
        if (status is null)
        {
            return ModelStatus.NoneYet;
        }

        var trained = status.Metrics is not { } m
            ? "its metrics are missing"
            : string.Create(CultureInfo.InvariantCulture, $"trained {m.TrainedAt:yyyy-MM-dd HH:mm} UTC on {m.TrainingRows} labelled rows; category macro-F1 on the {m.HoldoutRows} latest rows {m.Category?.MacroF1:0.000}, {m.Category?.Coverage:P1} of them auto-accepted at precision {m.Category?.AcceptedPrecision:0.000}");
        var accepting = status.AcceptanceStopped is null ? "accepting" : "acceptance stopped by its spot checks until a retrain promotes another model";
        return $"Model {status.Version}: {trained}. Spot checks ({status.SpotCheckSample}): {status.SpotChecks}. {char.ToUpperInvariant(accepting[0])}{accepting[1..]}.";
    }
}
