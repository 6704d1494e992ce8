using ProfitPipeline.Classification.Evaluation;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Evaluation;

/// <summary>The pooled rows of the rolling origins say how far each block's auto-acceptance held, and add up to the blocks.</summary>
public sealed class PooledAcceptanceTests
{
    private static readonly string[] Payees = ["cafe", "uber", "landlord"];
    private static readonly string[] Categories = ["Food", "Travel", "Rent"];

    [Fact]
    public void EasyRowsWithSomeMislabelled_EveryBlockAcceptsAndThePooledFiguresAreTheBlocksTogether()
    {
        // A word tells the label apart, so every block's validation supports a threshold; every 60th row carries another
        // label, so accepted rows are not all right.
        var rows = Enumerable.Range(0, 2000)
            .Select(i => new LabelledExample(
                new ClassificationExample($"{Payees[i % 3]} {i % 7}", -10d - (i % 3), "BankDebit", new DateOnly(2023, 1, 1).AddDays(i / 2), Payees[i % 3]),
                Categories[(i + (i % 60 == 0 ? 1 : 0)) % 3]))
            .ToList();

        var report = new RollingOriginEvaluation(OxfordSample.FastOptions).Run(rows);

        Assert.All(report.Folds, f => Assert.True(f.Coverage > 0.5, $"the cut at {f.Cut:P0} accepted {f.Coverage:P1}"));
        var accepted = report.Folds.Sum(f => f.Coverage * f.TestRows);
        Assert.Equal(accepted / report.TestRows, report.CoverageAt95, 9);
        Assert.Equal(report.Folds.Sum(f => f.Coverage * f.TestRows * f.AcceptedPrecision) / accepted, report.PrecisionAt95, 9);
        Assert.InRange(report.PrecisionAt95, 0.9, 0.999);
        Assert.Equal(report.TestRows, report.Reliability!.Bins.Sum(b => b.Rows));

        // Each block's spot checks (and a model's first checks, every 0) replay exactly its accepted rows; 1 in 60 mislabelled
        // keeps them above the target, so no block's model is stopped.
        Assert.All(report.Folds, f => Assert.All(f.SpotChecks, r => Assert.Equal(
            ((int)Math.Round(f.Coverage * f.TestRows), r.Every == 0 ? Math.Min(20, (r.Accepted + 4) / 5) : r.Accepted / r.Every, (int?)null),
            (r.Accepted, r.Checked, r.StoppedAfter))));
    }
}
