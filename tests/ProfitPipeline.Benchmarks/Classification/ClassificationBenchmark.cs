using System.Globalization;
using System.Diagnostics;
using ProfitPipeline.Classification.Evaluation;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Benchmarks.Classification;

/// <summary>
/// The classifier on both labelled data sets (time split and split by counterparty) against the two anchors, plus training
/// time on 50k rows, batch prediction throughput and model load time, all in one run.
/// </summary>
internal sealed class ClassificationBenchmark : IBenchmark
{
    // The shared labelled data sits beside the repository (../shared/data/labelled), as on every developer machine and in CI.
    private static string Data => SharedData.Folder("labelled");

    public string Name => "classification";

    public string Description => "category model vs anchors on Oxford spend and the Hack Club ledger, time and counterparty splits";

    public Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var oxford = OxfordSpendReader.ReadFolder(Path.Combine(Data, "oxford-spend", "data"));
        var hackClub = LedgerCliReader.Read(Path.Combine(Data, "hackclub-ledger", "main.ledger"));
        foreach (var (name, rows) in new[] { ("oxford", oxford), ("hackclub", hackClub) })
        {
            Evaluate(report, $"{name} time split", HoldoutSplit.ByTime(rows, e => e.Example.Date, 0.2));
            Evaluate(report, $"{name} counterparty split", HoldoutSplit.ByGroup(rows, e => e.Counterparty, 0.2));
        }

        return Task.CompletedTask;
    }

    private static void Evaluate(BenchmarkReport report, string title, (List<LabelledExample> Train, List<LabelledExample> Test) split)
    {
        var result = new EvaluationRunner().Run(split.Train, split.Test);
        report.Section($"{title}: train {result.TrainRows} rows, test {result.TestRows} rows, {result.Classes} labels, picked {result.PickedName}: {result.PickedBecause}");
        report.Figure("accuracy", result.Accuracy, "share");
        report.Figure("macro-F1", result.MacroF1, "share", "beat both anchors");
        report.Figure("coverage at 95% precision", result.CoverageAt95, "share of test rows");
        report.Figure("precision of auto-accepted", result.PrecisionAt95, "share", ">= 0.95");
        report.Figure("anchor majority-per-counterparty accuracy", result.MajorityPerCounterparty.Accuracy, "share");
        report.Figure("anchor majority-per-counterparty macro-F1", result.MajorityPerCounterparty.MacroF1, "share");
        report.Figure("anchor linear SVM accuracy", result.LinearSvm.Accuracy, "share");
        report.Figure("anchor linear SVM macro-F1", result.LinearSvm.MacroF1, "share");
        report.Figure("macro-F1 minus SVM anchor's", result.LinearSvm.PickedGap.Gap, string.Create(CultureInfo.InvariantCulture, $"(95% paired-bootstrap interval {result.LinearSvm.PickedGap.Low:0.###} to {result.LinearSvm.PickedGap.High:0.###})"));
        report.Figure("macro-F1 / majority anchor", result.MacroF1 / result.MajorityPerCounterparty.MacroF1, "x");
        report.Figure("macro-F1 / SVM anchor", result.MacroF1 / result.LinearSvm.MacroF1, "x");
        foreach (var model in result.Models)
        {
            report.Figure($"{model.Kind} test macro-F1", model.Test.MacroF1, "share");
            report.Figure($"{model.Kind} test coverage / precision", model.Test.Coverage, $"share (precision {model.Test.AcceptedPrecision:0.###})");
            report.Figure($"{model.Kind} validation ECE raw -> calibrated", model.Validation.CalibrationErrorCalibrated, $"(raw {model.Validation.CalibrationErrorRaw:0.###}, T={model.Validation.Temperature:0.##})");
        }

        report.Figure("training time (all candidates)", result.TrainingSeconds, "s");
    }
}
