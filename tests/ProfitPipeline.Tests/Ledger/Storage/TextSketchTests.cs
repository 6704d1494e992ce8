using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using ProfitPipeline.Ledger.Storage;

namespace ProfitPipeline.Tests.Ledger.Storage;

public sealed class TextSketchTests
{
    // Letters whose case rules trip naive code (Turkish dotted and dotless i, sharp s, final sigma, Kelvin sign), digits and spaces.
    private static readonly char[] Alphabet = [.. "abcXYZ 019-İıißẞΣσςKkK\u212Aéɐ"];

    private static Gen<string> Texts(int minimum, int maximum) =>
        from length in Gen.Choose(minimum, maximum)
        from chars in Gen.ArrayOf(Gen.Elements(Alphabet), length)
        select new string(chars);

    [Fact]
    public void AnyTextsAnyPartOfOne_InAnyCase_MayBeContained()
    {
        var cases = from count in Gen.Choose(1, 30)
                    from texts in Gen.ListOf(Texts(0, 40), count)
                    from pick in Gen.Choose(0, 1000)
                    from start in Gen.Choose(0, 40)
                    from length in Gen.Choose(1, 12)
                    from upper in Gen.Elements(true, false)
                    select (texts, pick, start, length, upper);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var sketch = new TextSketch();
            foreach (var text in c.texts)
            {
                sketch.Add(text);
            }

            var source = c.texts[c.pick % c.texts.Count];
            if (source.Length == 0)
            {
                return true;
            }

            var start = c.start % source.Length;
            var part = source.Substring(start, Math.Min(c.length, source.Length - start));
            part = c.upper ? part.ToUpperInvariant() : part.ToLowerInvariant();

            // The law is about what OrdinalIgnoreCase finds; changing case can turn a part into one it no longer finds.
            return !source.Contains(part, StringComparison.OrdinalIgnoreCase) || sketch.MayContain(part);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void EveryCharacterOfTheBasicPlane_EqualIgnoringCaseOnlyWhenItsUpperCaseIsTheSame()
    {
        // The sketch keys each character by its invariant upper case; OrdinalIgnoreCase must never call two keys equal.
        var keys = Enumerable.Range(0, char.MaxValue + 1)
            .Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c))
            .Select(char.ToUpperInvariant)
            .Distinct()
            .Select(c => c.ToString())
            .ToList();
        var clashes = keys
            .GroupBy(StringComparer.OrdinalIgnoreCase.GetHashCode)
            .SelectMany(bucket => bucket.SelectMany(a => bucket.Where(b => string.CompareOrdinal(a, b) < 0 && string.Equals(a, b, StringComparison.OrdinalIgnoreCase)).Select(b => $"{(int)a[0]:X4}/{(int)b[0]:X4}")))
            .ToList();

        Assert.True(keys.Count > 60_000, $"only {keys.Count} keys");
        Assert.Empty(clashes);
    }

    [Fact]
    public void TextNeverAdded_IsRuledOut()
    {
        var sketch = new TextSketch();
        sketch.Add("Lyft");
        sketch.Add("Ride to the airport");
        sketch.Add(null);

        Assert.True(sketch.MayContain("LYFT"));
        Assert.True(sketch.MayContain("the AIRPORT"));
        Assert.False(sketch.MayContain("Stripe"));
        Assert.False(sketch.MayContain("LyftRide"));
        Assert.True(sketch.MayContain("YF"));
        Assert.False(sketch.MayContain("BP"));
        Assert.True(sketch.MayContain("y"));
        Assert.False(sketch.MayContain("Q"));
        Assert.False(sketch.MayContain("&"));
    }

    [Theory]
    [InlineData(TextSketch.TrigramsOnly, "BP", "Stripe")]
    [InlineData(TextSketch.TrigramsOnly, "Q", "Stripe")]
    [InlineData(TextSketch.PairsAndTrigrams, "Q", "BP")]
    public void SketchWrittenBeforeShortParts_CannotRuleOutOneThatShort_StillRulesOutLongerOnes(int shortestHeld, string tooShort, string ruledOut)
    {
        var sketch = new TextSketch();
        sketch.Add("Lyft");

        var old = TextSketch.FromBytes(sketch.ToBytes(), shortestHeld);

        Assert.False(sketch.MayContain(tooShort));
        Assert.True(old.MayContain(tooShort));
        Assert.False(old.MayContain(ruledOut));
        Assert.True(old.MayContain("LYFT"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("😀")]
    [InlineData("😀😀")]
    [InlineData("pay 😀")]
    public void PartEmptyOrOutsideTheBasicPlane_CannotBeJudged(string part)
    {
        var sketch = new TextSketch();
        sketch.Add("Lyft");

        Assert.False(TextSketch.CanJudge(part));
        Assert.True(sketch.MayContain(part));
    }

    [Fact]
    public void FullSketch_SaysYesWronglyForFewPartsOfSixCharacters()
    {
        var random = new Random(7);
        string Word(int length, char first, int range) => new([.. Enumerable.Range(0, length).Select(_ => (char)(first + random.Next(range)))]);
        var sketch = new TextSketch();
        var added = new List<string>();
        while (!sketch.IsFull)
        {
            var text = string.Join(' ', Enumerable.Range(0, 4).Select(_ => Word(7, 'a', 26)));
            added.Add(text);
            sketch.Add(text);
        }

        // Digits: none of their trigrams was added, so every yes is the filter's own error, not a part spread over several texts.
        var probes = Enumerable.Range(0, 20_000).Select(_ => Word(6, '0', 10)).ToList();
        var wrongYes = (double)probes.Count(sketch.MayContain) / probes.Count;

        Assert.InRange(sketch.Fill, 0.5, 0.51);
        Assert.True(added.Count > 300, added.Count.ToString(CultureInfo.InvariantCulture));
        Assert.True(wrongYes < 0.01, wrongYes.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Bytes_RoundTripAndAWrongLengthIsRefused()
    {
        var sketch = new TextSketch();
        sketch.Add("Office rent November");

        var copy = TextSketch.FromBytes(sketch.ToBytes(), sketch.ShortestHeld);

        Assert.Equal(sketch.ToBytes(), copy.ToBytes());
        Assert.Equal(sketch.Fill, copy.Fill);
        Assert.InRange(sketch.Fill, 1e-4, 0.01);
        Assert.True(copy.MayContain("rent nov"));
        Assert.Equal(TextSketch.ShortestPart, copy.ShortestHeld);
        Assert.Throws<InvalidDataException>(() => TextSketch.FromBytes(new byte[100], TextSketch.ShortestPart));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSketch.FromBytes(sketch.ToBytes(), TextSketch.TrigramsOnly + 1));
    }
}
