using ProfitPipeline.Ingestion.Csv;

namespace ProfitPipeline.Tests.Ingestion.Csv;

public sealed class DateFormatTests
{
    [Theory]
    [InlineData("Jan 24, 2015")]
    [InlineData("January 24, 2015")]
    [InlineData("jan. 24, 2015")]
    [InlineData("Jan 24, 2015 13:05")]
    public void UsLongDates_ReadByMonthNameFirst(string cell)
    {
        var format = DateFormat.FromPattern("MMM d, yyyy")!;

        Assert.True(format.TryParse(cell, out var date));
        Assert.Equal(new DateOnly(2015, 1, 24), date);
    }

    [Theory]
    [InlineData("24 Jan 2015")]
    [InlineData("Jan 32, 2015")]
    [InlineData("01 24, 2015")]
    [InlineData("Jan 24 2015x")]
    public void NotUsLongDates_Refused(string cell)
    {
        Assert.False(DateFormat.FromPattern("MMM d, yyyy")!.TryParse(cell, out _));
    }

    [Fact]
    public void ColumnOfUsLongDates_WinsTheVoteAlone()
    {
        var vote = new DateFormatVote();
        foreach (var cell in (string[])["Jan 24, 2015", "Feb 5, 2015", "Dec 31, 2016"])
        {
            vote.Observe(cell);
        }

        Assert.Equal("MMM d, yyyy", vote.Winner?.Pattern);
    }
}
