using System.CommandLine;
using System.Globalization;
using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Cli.Hosting;

namespace ProfitPipeline.Cli.Commands;

/// <summary><c>profit retrain [--json]</c>: the weekly retrain, now; prints what it did.</summary>
internal static class RetrainCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var command = new Command("retrain", "Retrain the tagging model from the labels now; the new model is promoted only if it is not worse on the holdout.") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(needsStorage: true, cancellationToken);
            var outcome = await host.Get<ITaggingAdmin>().RetrainAsync(cancellationToken);
            await Console.Out.WriteLineAsync(parse.GetValue(json) ? CliJson.Line(outcome) : Describe(outcome));
            return 0;
        });
        return command;
    }

    private static string Describe(RetrainOutcome outcome)
    {
        if (outcome.Metrics is not { } metrics)
        {
            return $"Nothing trained: {outcome.Reason}.";
        }

        var verdict = metrics.Promoted ? $"Promoted model {metrics.Version}" : $"Trained model {metrics.Version}, not promoted";
        var current = metrics.ComparedWith is null ? "no current model"
            : string.Create(CultureInfo.InvariantCulture, $"current {metrics.ComparedWith}: {metrics.ComparedCategoryMacroF1:0.000}{(outcome.CurrentModelSpotChecks is { } checks ? "; " + checks : string.Empty)}");
        return string.Create(CultureInfo.InvariantCulture, $"{verdict} ({outcome.Reason}). Trained on {metrics.TrainingRows} labelled rows; category macro-F1 on the {metrics.HoldoutRows} latest rows {metrics.Category?.MacroF1:0.000} ({current}).");
    }
}
