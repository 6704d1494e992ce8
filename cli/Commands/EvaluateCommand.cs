using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ProfitPipeline.Classification.Evaluation;

namespace ProfitPipeline.Cli.Commands;

/// <summary><c>profit evaluate</c>: train the classifier on one labelled CSV, score another, print the figures.</summary>
internal static class EvaluateCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false };

    public static Command Create()
    {
        var train = new Option<FileInfo>("--train") { Description = "Labelled CSV to train on.", Required = true };
        var test = new Option<FileInfo>("--test") { Description = "Labelled CSV to score.", Required = true };
        var text = new Option<string[]>("--text") { Description = "A text column (repeatable); the first is the counterparty.", Required = true, AllowMultipleArgumentsPerToken = false };
        var label = new Option<string>("--label") { Description = "The label column.", Required = true };
        var amount = new Option<string?>("--amount") { Description = "The amount column." };
        var date = new Option<string?>("--date") { Description = "The date column." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var command = new Command("evaluate", "Train on one labelled CSV, score another: accuracy, macro-F1, coverage at 95% precision.")
        {
            train, test, text, label, amount, date, json,
        };
        command.SetAction(result =>
        {
            var columns = new LabelledCsvColumns(result.GetValue(text)!, result.GetValue(label)!, result.GetValue(amount), result.GetValue(date));
            var report = new EvaluationRunner().Run(result.GetValue(train)!.FullName, result.GetValue(test)!.FullName, columns);
            Console.Out.WriteLine(result.GetValue(json) ? JsonSerializer.Serialize(report, Json) : Describe(report));
        });
        return command;
    }

    private static string Describe(EvaluationReport r) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"""
            train {r.TrainRows} rows, test {r.TestRows} rows, {r.Classes} labels; picked {r.Picked} (threshold {r.Threshold:0.###})
            accuracy {r.Accuracy:0.####}  macro-F1 {r.MacroF1:0.####}
            coverage at {r.TargetPrecision:P0} precision: {r.CoverageAt95:P1} of test rows auto-accepted, precision {r.PrecisionAt95:0.####}
            anchors: majority per counterparty accuracy {r.MajorityPerCounterparty.Accuracy:0.####} macro-F1 {r.MajorityPerCounterparty.MacroF1:0.####} ({Gap(r.MajorityPerCounterparty.PickedGap)}); linear SVM accuracy {r.LinearSvm.Accuracy:0.####} macro-F1 {r.LinearSvm.MacroF1:0.####} ({Gap(r.LinearSvm.PickedGap)})
            {string.Join(Environment.NewLine, r.Models.Select(m => string.Create(CultureInfo.InvariantCulture, $"  {m.Kind}: validation macro-F1 {m.Validation.Validation.MacroF1:0.####}, ECE {m.Validation.CalibrationErrorRaw:0.###} -> {m.Validation.CalibrationErrorCalibrated:0.###}; test accuracy {m.Test.Accuracy:0.####} macro-F1 {m.Test.MacroF1:0.####} coverage {m.Test.Coverage:P1} precision {m.Test.AcceptedPrecision:0.####}")))}
            """);

    private static string Gap(MacroF1Gap gap) =>
        string.Create(CultureInfo.InvariantCulture, $"picked minus anchor {gap.Gap:+0.####;-0.####;0}, 95% paired-bootstrap interval {gap.Low:+0.####;-0.####;0} to {gap.High:+0.####;-0.####;0}");
}
