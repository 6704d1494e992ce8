using ProfitPipeline.Classification.Model;

namespace ProfitPipeline.Tests.Classification.Model;

public sealed class ClassifierTrainingOptionsTests
{
    [Theory]
    [InlineData(1_079, 24, 15)] // Hack Club's time split: every pass kept
    [InlineData(8_000, 125, 15)] // exactly at the size: still small
    [InlineData(40_825, 232, 8)] // Oxford's time split
    [InlineData(8_004, 500, 8)] // a comparison sample of many labels
    public void LinearSvmIterations_DependOnRowsTimesLabels(int rows, int labels, int expected)
    {
        Assert.Equal(expected, new ClassifierTrainingOptions().LinearSvmIterationsFor(rows, labels));
    }

    [Fact]
    public void LowerCapThanAtScale_KeptOnLargeData()
    {
        var options = new ClassifierTrainingOptions { LinearSvmIterations = 5 };

        Assert.Equal(5, options.LinearSvmIterationsFor(40_825, 232));
    }
}
