using System.Globalization;
using ProfitPipeline.Classification;
using ProfitPipeline.Classification.Evaluation;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Evaluation;

public sealed class SpotCheckReplayTests
{
    [Fact]
    public void AcceptedRowsAllRight_NotStoppedAndEveryNthChecked()
    {
        var replay = SpotCheckReplay.Replay([.. Enumerable.Repeat(true, 95)], every: 10, targetPrecision: 0.95);

        Assert.Equal(new SpotCheckReplay(10, 95, 9, 0, null, 1d, 0d), replay);
    }

    [Fact]
    public void AcceptedRowsTurnWrongHalfWay_StoppedAtACheckedRowAndBothSidesMeasured()
    {
        // 100 right, then every other one wrong: the checks (every 5th row, each an odd row of the 5) land on wrong ones.
        bool[] right = [.. Enumerable.Repeat(true, 100), .. Enumerable.Range(0, 100).Select(i => i % 2 == 1)];

        var replay = SpotCheckReplay.Replay(right, every: 5, targetPrecision: 0.95);

        Assert.NotNull(replay.StoppedAfter);
        var row = replay.StoppedAfter.Value;
        Assert.True(row > 100 && row % 5 == 0, $"stopped after row {row}");
        Assert.Equal(row / 5, replay.Checked);
        Assert.Equal(right.Where((_, i) => (i + 1) % 5 == 0 && i < row).Count(r => !r), replay.Wrong);
        Assert.Equal((double)right.Take(row).Count(r => r) / row, replay.PrecisionUntilStop, 12);
        Assert.Equal((double)right.Skip(row).Count(r => r) / (200 - row), replay.PrecisionAfterStop, 12);
    }

    [Fact]
    public void RowsGivenOutOfDateOrder_ReplayedByDateWithOnlyAcceptedRows()
    {
        // Fifty right accepted rows in 2025, fifty wrong in 2024, listed 2025 first; plus rows that wait, which are never checked.
        var truth = new List<string>();
        var predictions = new List<ClassPrediction>();
        var dates = new List<DateOnly?>();
        void Add(DateOnly date, bool right, bool accepted)
        {
            truth.Add("travel");
            predictions.Add(new ClassPrediction(right ? "travel" : "hosting", 0.99, accepted));
            dates.Add(date);
        }

        for (var i = 0; i < 50; i++)
        {
            Add(new DateOnly(2025, 1, 1).AddDays(i), right: true, accepted: true);
        }

        for (var i = 0; i < 50; i++)
        {
            Add(new DateOnly(2024, 1, 1).AddDays(i), right: false, accepted: true);
            Add(new DateOnly(2024, 1, 1).AddDays(i), right: true, accepted: false);
        }

        var byRate = SpotCheckReplay.Of(truth, predictions, dates, 0.95).ToDictionary(r => r.Every);
        var asListed = SpotCheckReplay.Of(truth, predictions, null, 0.95).ToDictionary(r => r.Every);

        // By date the 50 wrong rows come first: the third check stops the model, and 20 wrong and 50 right rows would wait.
        Assert.Equal(new SpotCheckReplay(10, 100, 3, 3, 30, 0d, 50d / 70), byRate[10]);
        Assert.Equal(new SpotCheckReplay(50, 100, 2, 1, null, 0.5, 0d), byRate[50]);
        Assert.Equal(80, asListed[10].StoppedAfter);
    }

    [Fact]
    public void FirstChecksOfAModelRightOnEveryRow_TwentyCheckedNotStopped()
    {
        var replay = SpotCheckReplay.FirstChecks([.. Enumerable.Repeat(true, 300)], targetPrecision: 0.95);

        Assert.Equal(new SpotCheckReplay(0, 300, 20, 0, null, 1d, 0d), replay);
    }

    [Fact]
    public void FirstChecksOfAModelWrongOnEveryRow_StoppedAtTheThirdAndEveryAcceptedRowWaits()
    {
        var replay = SpotCheckReplay.FirstChecks([.. Enumerable.Repeat(false, 62)], targetPrecision: 0.95);

        Assert.Equal(new SpotCheckReplay(0, 62, 3, 3, 0, 0d, 0d), replay);
    }

    [Fact]
    public void FirstChecksOfAFewAcceptedRows_OneInFiveAnsweredOldestFirst()
    {
        // Eleven right rows, then nine wrong; the sample is the one the product draws for a model named "replay".
        bool[] right = [.. Enumerable.Repeat(true, 11), .. Enumerable.Repeat(false, 9)];
        var ids = Enumerable.Range(0, 20).Select(i => new TransactionId(i.ToString(CultureInfo.InvariantCulture))).ToList();
        List<int> picked = [.. new SpotChecks(50, 20).FirstOf("replay", ids).TransactionIds.Select(id => int.Parse(id, CultureInfo.InvariantCulture)).Order()];

        var replay = SpotCheckReplay.FirstChecks(right, targetPrecision: 0.95);

        Assert.Equal(4, picked.Count);
        Assert.Equal(ErrorRateCusum.Run(picked.Select(i => right[i]), 0.95).SignalledAt ?? 4, replay.Checked);
        Assert.Equal((20, picked.Take(replay.Checked).Count(i => i >= 11)), (replay.Accepted, replay.Wrong));
        Assert.Equal(11d / 20, replay.StoppedAfter is null ? replay.PrecisionUntilStop : replay.PrecisionAfterStop, 12);
    }
}
