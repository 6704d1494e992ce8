using System.Globalization;
using ProfitPipeline.Classification.Evaluation;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Benchmarks.Classification;

/// <summary>
/// The Hack Club ledger evaluated at five rolling origins (train on everything before 50%, 60% ... 90% of the rows by date,
/// test on the next 10%), predictions pooled and compared with both anchors. Its single 80/20 time split has 270 test rows,
/// too few to tell models apart; Oxford's has 13,600 and is left to the <c>classification</c> benchmark.
/// </summary>
internal sealed class ClassificationRollingBenchmark : IBenchmark
{
    public string Name => "classification-rolling";

    public string Description => "category model vs anchors on the Hack Club ledger at five rolling origins, test blocks pooled";

    public Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var rows = LedgerCliReader.Read(Path.Combine(SharedData.Folder("labelled"), "hackclub-ledger", "main.ledger"));
        var result = new RollingOriginEvaluation(new ClassifierTrainingOptions()).Run(rows);
        foreach (var fold in result.Folds)
        {
            report.Section(string.Create(CultureInfo.InvariantCulture, $"cut {fold.Cut:P0}: train {fold.TrainRows} rows, test {fold.TestRows} rows from {fold.FirstTestDate:yyyy-MM-dd}, picked {fold.Picked}"));
            report.Figure("macro-F1", fold.MacroF1, "share");
            report.Figure("anchor linear SVM macro-F1", fold.LinearSvmMacroF1, "share");
        }

        report.Section($"pooled: {result.TestRows} test rows");
        report.Figure("accuracy", result.Accuracy, "share");
        report.Figure("macro-F1", result.MacroF1, "share", "beat both anchors");
        Anchor(report, "majority-per-counterparty", result.MajorityPerCounterparty);
        Anchor(report, "linear SVM", result.LinearSvm);
        return Task.CompletedTask;
    }

    private static void Anchor(BenchmarkReport report, string name, AnchorScores anchor)
    {
        report.Figure($"anchor {name} accuracy", anchor.Accuracy, "share");
        report.Figure($"anchor {name} macro-F1", anchor.MacroF1, "share");
        report.Figure(
            $"macro-F1 minus {name} anchor's",
            anchor.PickedGap.Gap,
            string.Create(CultureInfo.InvariantCulture, $"(95% paired-bootstrap interval {anchor.PickedGap.Low:0.###} to {anchor.PickedGap.High:0.###})"));
    }
}
