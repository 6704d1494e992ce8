using System.Diagnostics;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Benchmarks.Classification;

/// <summary>
/// Training time as the number of labels grows, rows fixed. A multiclass linear model updates every label's weights for
/// every row, so its fits grow with rows times labels; this shows by how much, in one run.
/// </summary>
internal sealed class ClassificationScaleBenchmark : IBenchmark
{
    private const int Rows = 20_000;

    private static readonly int[] LabelCounts = [100, 400];

    public string Name => "classification-scale";

    public string Description => $"training time for {Rows:N0} synthetic rows with {string.Join(" and ", LabelCounts)} labels";

    public Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var seconds = new List<double>();
        foreach (var labels in LabelCounts)
        {
            report.Section($"{Rows:N0} rows, {labels} labels (load average {BenchmarkReport.LoadAverage():0.0} before)");
            var rows = SyntheticLabelledRows.Generate(Rows, labels, seed: labels);
            var (fit, validation) = HoldoutSplit.ForValidation(rows);
            var clock = Stopwatch.StartNew();
            var trained = new ClassifierTrainer(new ClassifierTrainingOptions()).Train(fit, validation, cancellationToken)!;
            seconds.Add(clock.Elapsed.TotalSeconds);
            report.Figure("training time, all candidates and the refits", seconds[^1], "s");
            var picked = trained.Candidates.First(c => ReferenceEquals(c.Classifier, trained.Classifier));
            foreach (var candidate in trained.Candidates.Where(c => c.Classifier.Members.Count == 1 && c != picked))
            {
                report.Figure($"{candidate.Scores.Kind} fit on the {Math.Min(fit.Count, new ClassifierTrainingOptions().ComparisonRows):N0}-row comparison sample", candidate.Scores.TrainingSeconds, "s");
            }

            report.Figure($"picked {trained.Classifier.Name}, its fits (with referees) on all {fit.Count:N0} fit rows", picked.Scores.TrainingSeconds, "s");
            report.Figure("picked: validation macro-F1", picked.Scores.Validation.MacroF1, "");
            report.Figure("peak working set so far", BenchmarkReport.PeakWorkingSetMegabytes(), "MiB");
        }

        report.Section("ratio");
        report.Figure($"training time, {LabelCounts[^1]} labels / {LabelCounts[0]} labels (labels {LabelCounts[^1] / LabelCounts[0]}x)", seconds[^1] / seconds[0], "x");
        return Task.CompletedTask;
    }
}
