using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProfitPipeline.Classification.Evaluation;
using ProfitPipeline.Classification.Model;
using ProfitPipeline.Cli.Hosting;

namespace ProfitPipeline.Cli.Commands;

/// <summary><c>profit evaluate</c>: train the classifier on one labelled CSV, score another, print the figures.</summary>
internal static class EvaluateCommand
{
    /// <summary>A file with a broken column would print a line per row; the first ones say what is wrong.</summary>
    private const int ShownWarnings = 20;

    /// <summary>Labels listed each way where the picked model and the linear SVM anchor differ most (all of them are in --json).</summary>
    private const int ShownLabels = 5;

    public static Command Create()
    {
        var train = new Option<FileInfo>("--train") { Description = "Labelled CSV to train on.", Required = true };
        var test = new Option<FileInfo>("--test") { Description = "Labelled CSV to score.", Required = true };
        var text = new Option<string[]>("--text") { Description = "A text column (repeatable); the first is the counterparty.", Required = true, AllowMultipleArgumentsPerToken = false };
        var label = new Option<string>("--label") { Description = "The label column.", Required = true };
        var amount = new Option<string?>("--amount") { Description = "The amount column." };
        var date = new Option<string?>("--date") { Description = "The date column." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var rolling = new Option<bool>("--rolling")
        {
            Description = "Also evaluate at five rolling origins over both files' rows by date (train before 50%, 60% ... 90% of them, test the next 10%) and compare the pooled blocks with both anchors. Needs --date.",
        };
        var counterpartyFolds = new Option<bool>("--counterparty-folds")
        {
            Description = "Also evaluate over five folds of whole counterparties (the first --text column) over both files' rows: each fold tests on counterparties its training never saw; the pooled folds are compared with both anchors.",
        };
        var command = new Command("evaluate", "Train on one labelled CSV, score another: accuracy, macro-F1, coverage at 95% precision.")
        {
            train, test, text, label, amount, date, json, rolling, counterpartyFolds,
        };
        command.SetAction(result =>
        {
            var columns = new LabelledCsvColumns(result.GetValue(text)!, result.GetValue(label)!, result.GetValue(amount), result.GetValue(date));
            if (result.GetValue(rolling) && columns.Date is null)
            {
                Console.Error.WriteLine("profit evaluate: --rolling needs --date: the origins are cut by date.");
                return 2;
            }

            try
            {
                var (trainPath, testPath) = (result.GetValue(train)!.FullName, result.GetValue(test)!.FullName);
                using var progress = Progress();
                var runner = new EvaluationRunner(new ClassifierTrainingOptions(), progress.CreateLogger<EvaluationRunner>());
                var report = runner.Run(trainPath, testPath, columns, result.GetValue(rolling), result.GetValue(counterpartyFolds));
                WriteWarnings(report.InputWarnings);
                Console.Out.WriteLine(result.GetValue(json) ? CliJson.Line(report) : string.Join(Environment.NewLine, Describe(report), Describe(report.Rolling, report.TargetPrecision), Describe(report.CounterpartyFolds, report.TargetPrecision)).TrimEnd());
                return 0;
            }
            catch (Exception e) when (e is InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
            {
                Console.Error.WriteLine("profit evaluate: " + e.Message);
                return 2;
            }
        });
        return command;
    }

    /// <summary>
    /// Progress lines on stderr when it is a terminal: a run over hundreds of labels takes minutes and should say what it is
    /// doing. Redirected, stderr carries only the input problems, so scripts can read them.
    /// </summary>
    private static ILoggerFactory Progress() =>
        Console.IsErrorRedirected
            ? new NullLoggerFactory()
            : LoggerFactory.Create(logging => logging.AddStderrConsole(timestampFormat: "HH:mm:ss "));

    private static void WriteWarnings(IReadOnlyList<string> warnings)
    {
        foreach (var warning in warnings.Take(ShownWarnings))
        {
            Console.Error.WriteLine(warning);
        }

        if (warnings.Count > ShownWarnings)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"... and {warnings.Count - ShownWarnings} more problems"));
        }
    }

    private static string Describe(EvaluationReport r) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"""
            train {r.TrainRows} rows, test {r.TestRows} rows, {r.Classes} labels; picked {r.PickedName} ({Acceptance(r)}): {r.PickedBecause}
            accuracy {r.Accuracy:0.####}  macro-F1 {r.MacroF1:0.####}
            coverage at {r.TargetPrecision:P0} precision: {r.CoverageAt95:P1} of test rows auto-accepted, precision {r.PrecisionAt95:0.####}
            {SpotCheckReplayText.Render(r.SpotChecks)}
            {Shown(r.Reliability, "test rows")}
            {Anchors(r.MajorityPerCounterparty, r.LinearSvm)}
            {LabelGapsText.Render(r.Labels, ShownLabels)}
            {string.Join(Environment.NewLine, r.Models.Select(m => string.Create(CultureInfo.InvariantCulture, $"  {m.Name}: {Validation(m.Validation)}; test accuracy {m.Test.Accuracy:0.####} macro-F1 {m.Test.MacroF1:0.####} coverage {m.Test.Coverage:P1} precision {m.Test.AcceptedPrecision:0.####}")))}
            """);

    /// <summary>The reliability table: is the confidence a tag shows worth believing on unseen rows?</summary>
    private static string Shown(Reliability? reliability, string rows) =>
        reliability is null
            ? string.Empty
            : string.Join(
                Environment.NewLine,
                [
                    string.Create(CultureInfo.InvariantCulture, $"confidence shown on the {rows} against how often they were right (expected calibration error {reliability.ExpectedCalibrationError:0.###}):"),
                    .. reliability.Bins.Select(b => string.Create(CultureInfo.InvariantCulture, $"  {b.From:0.0}-{b.To:0.0}: {b.Rows} {(b.Rows == 1 ? "row" : "rows")}, shown {b.MeanConfidence:0.###}, right {b.Accuracy:0.###}")),
                ]);

    private static string Acceptance(EvaluationReport r) => r switch
    {
        { NeverAcceptsBecause: { } because } => $"never auto-accepts: {because}",
        { Threshold: > 1d } => "never auto-accepts",
        _ => string.Create(CultureInfo.InvariantCulture, $"threshold {r.Threshold:0.###}"),
    };

    private static string Validation(CandidateScores scores) =>
        scores.Validation.Rows == 0
            ? "not validated (too few rows to hold any out)"
            : string.Create(CultureInfo.InvariantCulture, $"validation macro-F1 {scores.Validation.MacroF1:0.####}, ECE {scores.CalibrationErrorRaw:0.###} -> {scores.CalibrationErrorCalibrated:0.###}");

    private static string Describe(RollingOriginReport? r, double target) => r is null ? string.Empty :
        string.Join(
            Environment.NewLine,
            [
                "rolling origins over both files' rows by date (train before the cut, test the next block):",
                .. r.Folds.Select(f => string.Create(CultureInfo.InvariantCulture, $"  cut {f.Cut:P0}: train {f.TrainRows} rows, test {f.TestRows} rows from {f.FirstTestDate:yyyy-MM-dd}, picked {f.Picked}; macro-F1 {f.MacroF1:0.####}, linear SVM anchor {f.LinearSvmMacroF1:0.####}; {Accepted(f.Coverage, f.AcceptedPrecision)}{BlockSpotChecks(f.SpotChecks)}")),
                Pooled(r, target, r.UndatedRows > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({r.UndatedRows} rows without a date left out)") : string.Empty),
            ]);

    private static string Describe(CounterpartyFoldReport? r, double target) => r is null ? string.Empty :
        string.Join(
            Environment.NewLine,
            [
                "counterparty folds over both files' rows (each fold's counterparties never seen in its training):",
                .. r.Folds.Select(f => string.Create(CultureInfo.InvariantCulture, $"  fold {f.Fold}: train {f.TrainRows} rows, test {f.TestRows} rows of {f.Counterparties} counterparties, picked {f.Picked}; macro-F1 {f.MacroF1:0.####}, linear SVM anchor {f.LinearSvmMacroF1:0.####}; {Accepted(f.Coverage, f.AcceptedPrecision)}")),
                Pooled(r, target, string.Empty),
            ]);

    private static string Pooled(PooledReport r, double target, string leftOut) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"""
            pooled {r.TestRows} test rows{leftOut}: accuracy {r.Accuracy:0.####}  macro-F1 {r.MacroF1:0.####}
            coverage at {target:P0} precision: {r.CoverageAt95:P1} of pooled rows auto-accepted (each by its own models' threshold), precision {r.PrecisionAt95:0.####}
            {Shown(r.Reliability, "pooled rows")}
            {Anchors(r.MajorityPerCounterparty, r.LinearSvm)}
            {LabelGapsText.Render(r.Labels, ShownLabels)}
            """);

    private static string BlockSpotChecks(IReadOnlyList<SpotCheckReplay> replays) =>
        replays is [{ Accepted: > 0 }, ..] ? Environment.NewLine + "    " + SpotCheckReplayText.Render(replays) : string.Empty;

    private static string Accepted(double coverage, double precision) =>
        coverage == 0d ? "none auto-accepted" : string.Create(CultureInfo.InvariantCulture, $"{coverage:P1} auto-accepted, precision {precision:0.###}");

    private static string Anchors(AnchorScores majority, AnchorScores svm) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"anchors: majority per counterparty accuracy {majority.Accuracy:0.####} macro-F1 {majority.MacroF1:0.####} ({Gap(majority.PickedGap)}); linear SVM accuracy {svm.Accuracy:0.####} macro-F1 {svm.MacroF1:0.####} ({Gap(svm.PickedGap)})");

    private static string Gap(MacroF1Gap gap) =>
        string.Create(CultureInfo.InvariantCulture, $"picked minus anchor {gap.Gap:+0.####;-0.####;0}, 95% paired-bootstrap interval {gap.Low:+0.####;-0.####;0} to {gap.High:+0.####;-0.####;0}");
}
