using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Classification;

namespace ProfitPipeline.Tests.Classification;

public sealed class TransactionCursorTests
{
    [Fact]
    public void AnyCursor_WrittenThenRead_IsTheSameCursor()
    {
        // Ids of any text without lone surrogates, the separator '|' included.
        var cursors = from day in Gen.Choose(0, DateOnly.MaxValue.DayNumber)
                      from id in Gen.Choose(32, 0xD7FF).Select(c => (char)c).ArrayOf()
                      where id.Length > 0
                      select new TransactionCursor(DateOnly.FromDayNumber(day), new string(id));
        Prop.ForAll(cursors.ToArbitrary(), cursor => TransactionCursor.TryParse(cursor.ToString(), out var read) && read == cursor)
            .QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("")]
    [InlineData("page2")]
    [InlineData("MjAyNi0wMy0wOQ")]
    [InlineData("bm90LWEtZGF0ZXxhYmM")]
    public void TryParse_OfTextNotWrittenAsACursor_IsFalse(string text)
    {
        Assert.False(TransactionCursor.TryParse(text, out _));
    }
}
