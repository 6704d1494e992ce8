using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

/// <summary>The softmax and temperature scaling every predicted row goes through, in vector lanes, against their definitions.</summary>
public sealed class ProbabilityMathTests
{
    private static readonly Gen<float[]> Margins =
        from length in Gen.Choose(1, 300)
        from values in Gen.Choose(-50_000, 50_000).Select(v => v / 1000f).ArrayOf(length)
        select values;

    [Fact]
    public void Softmax_OfAnyMargins_IsADistributionThatKeepsTheBestLabel()
    {
        Prop.ForAll(Margins.ToArbitrary(), margins =>
        {
            var p = ScoreColumn.Softmax(margins);
            return Math.Abs(p.Sum(x => (double)x) - 1d) < 1e-4
                && p.All(x => x is >= 0f and <= 1f)
                && p[Array.IndexOf(margins, margins.Max())] == p.Max();
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Softmax_IsTheSameAfterAddingOneNumberToEveryMargin()
    {
        Prop.ForAll(Margins.ToArbitrary(), Gen.Choose(-1000, 1000).ToArbitrary(), (margins, shift) =>
        {
            var p = ScoreColumn.Softmax(margins);
            var shifted = ScoreColumn.Softmax([.. margins.Select(m => m + shift)]);
            return p.Zip(shifted).All(pair => Math.Abs(pair.First - pair.Second) < 1e-3);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Softmax_AbsentLabelsGetZero_AndHugeMarginsDoNotOverflow()
    {
        Assert.Equal([1f, 0f, 0f], ScoreColumn.Softmax([1e30f, 0f, float.NegativeInfinity]));
    }

    [Theory]
    [InlineData(float.NegativeInfinity, float.NegativeInfinity)]
    [InlineData(float.NaN, 1f)]
    [InlineData(float.PositiveInfinity, 1f)]
    public void Softmax_WithoutAFiniteBest_IsAllZeros(float first, float second)
    {
        Assert.Equal([0f, 0f], ScoreColumn.Softmax([first, second]));
    }

    [Fact]
    public void Temperature_OfAnyDistribution_MatchesTheDoublePrecisionDefinition()
    {
        var temperatures = Gen.Choose(-400, 100).Select(e => Math.Pow(10d, e / 100d));
        Prop.ForAll(Margins.ToArbitrary(), temperatures.ToArbitrary(), (margins, temperature) =>
        {
            var p = ScoreColumn.Softmax(margins);
            var scaled = TemperatureScaling.Apply(p, temperature);
            var expected = Reference(p, temperature);
            return scaled.Zip(expected).All(pair => Math.Abs(pair.First - pair.Second) < 1e-3);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Temperature_BelowOneSharpens_AboveOneFlattens_OneLeavesAlone()
    {
        float[] p = [0.6f, 0.3f, 0.1f];

        Assert.Same(p, TemperatureScaling.Apply(p, 1d));
        Assert.True(TemperatureScaling.Apply(p, 0.5)[0] > 0.6f);
        Assert.True(TemperatureScaling.Apply(p, 2d)[0] < 0.6f);
        Assert.Equal([0.6f, 0.3f, 0.1f], p);
    }

    /// <summary>p^(1/T) renormalised, in double precision, with the same floor under p.</summary>
    private static double[] Reference(float[] p, double temperature)
    {
        var logs = p.Select(x => Math.Log(x + 1e-12) / temperature).ToArray();
        var max = logs.Max();
        var powers = logs.Select(l => Math.Exp(l - max)).ToArray();
        return [.. powers.Select(x => x / powers.Sum())];
    }
}
