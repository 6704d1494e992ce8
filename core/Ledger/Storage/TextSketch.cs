using System.Numerics;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>
/// A Bloom filter of the three-character runs (trigrams), the pairs and the single characters of some texts, ignoring case as
/// <see cref="StringComparison.OrdinalIgnoreCase"/> does. A text that contains a part has every trigram of the part (and, for a
/// part of one or two characters, the part itself), so when <see cref="MayContain"/> says no, none of the texts added contains
/// it; a yes may be wrong (about one in eight per trigram when half the bits are set), never a no. One sketch is 8 KiB, well
/// inside a Table Storage binary property (64 KiB), and holds about 15,000 distinct keys before it counts as full; single
/// characters add a few dozen.
/// </summary>
internal sealed class TextSketch
{
    /// <summary>
    /// The shortest part a sketch can judge: "BP", "O2" and "3M" are names people search for, and a single rare character
    /// ("&amp;", "ü", "7") would otherwise read every month to find a handful of rows.
    /// </summary>
    public const int ShortestPart = 1;

    /// <summary>What sketches written before single characters were added hold: pairs and trigrams.</summary>
    public const int PairsAndTrigrams = 2;

    /// <summary>What sketches written before pairs were added hold: trigrams only.</summary>
    public const int TrigramsOnly = 3;

    public const int Bytes = 8 * 1024;

    private const int Bits = Bytes * 8;

    private const int HashesPerKey = 3;

    /// <summary>Half the bits set: each further key would raise the false yes rate (fill to the third power) faster.</summary>
    private const double FullAt = 0.5;

    private readonly byte[] _bits;

    /// <summary>Bits set, kept as they are set: a sketch is asked whether it is full once per row.</summary>
    private int _set;

    public TextSketch()
        : this(new byte[Bytes], ShortestPart)
    {
    }

    private TextSketch(byte[] bits, int shortestHeld)
    {
        _bits = bits;
        ShortestHeld = shortestHeld;
        for (var i = 0; i < bits.Length; i += sizeof(ulong))
        {
            _set += BitOperations.PopCount(BitConverter.ToUInt64(bits, i));
        }
    }

    public bool IsFull => Fill >= FullAt;

    /// <summary>
    /// The length of the shortest parts added: <see cref="ShortestPart"/> for sketches written now, <see cref="PairsAndTrigrams"/> for
    /// those written before single characters were added, <see cref="TrigramsOnly"/> for those written before pairs were.
    /// </summary>
    public int ShortestHeld { get; }

    public double Fill => (double)_set / Bits;

    /// <summary>A sketch as <see cref="ToBytes"/> wrote it; anything else is refused rather than trusted, since a wrong sketch hides rows.</summary>
    public static TextSketch FromBytes(byte[] bytes, int shortestHeld)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shortestHeld, ShortestPart);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(shortestHeld, TrigramsOnly);
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length != Bytes)
        {
            throw new InvalidDataException($"A text sketch is {Bytes} bytes; this one has {bytes.Length}.");
        }

        return new TextSketch([.. bytes], shortestHeld);
    }

    public byte[] ToBytes() => [.. _bits];

    /// <summary>Adds the trigrams, pairs and characters of one text; texts are added one by one, so no run spans two of them.</summary>
    public void Add(string? text)
    {
        if (text is null)
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            Set(Single(text, i));
            if (i + 2 <= text.Length)
            {
                Set(Pair(text, i));
            }

            if (i + 3 <= text.Length)
            {
                Set(Trigram(text, i));
            }
        }
    }

    /// <summary>
    /// False only when no text added contains <paramref name="part"/> ignoring case. An empty part, one with characters outside
    /// the basic plane (whose case mapping is not one character at a time), or one shorter than the parts this sketch holds
    /// (<see cref="ShortestHeld"/>), cannot be judged: true.
    /// </summary>
    public bool MayContain(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (!CanJudge(part) || part.Length < ShortestHeld)
        {
            return true;
        }

        switch (part.Length)
        {
            case 1:
                return Has(Single(part, 0));
            case 2:
                return Has(Pair(part, 0));
        }

        for (var i = 0; i + 3 <= part.Length; i++)
        {
            if (!Has(Trigram(part, i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a sketch can rule out texts containing <paramref name="part"/>; when not, every text may contain it.</summary>
    public static bool CanJudge(string part) => part.Length >= ShortestPart && !part.Any(char.IsSurrogate);

    private void Set(ulong key)
    {
        var (first, step) = Hash(key);
        for (var k = 0u; k < HashesPerKey; k++)
        {
            var bit = Bit(first, step, k);
            var mask = (byte)(1 << (bit & 7));
            if ((_bits[bit >> 3] & mask) == 0)
            {
                _bits[bit >> 3] |= mask;
                _set++;
            }
        }
    }

    private bool Has(ulong key)
    {
        var (first, step) = Hash(key);
        for (var k = 0u; k < HashesPerKey; k++)
        {
            var bit = Bit(first, step, k);
            if ((_bits[bit >> 3] & (1 << (bit & 7))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    // OrdinalIgnoreCase compares characters by their invariant upper case, one UTF-16 unit at a time.
    private static ulong Trigram(string text, int at) =>
        ((ulong)char.ToUpperInvariant(text[at]) << 32) | ((ulong)char.ToUpperInvariant(text[at + 1]) << 16) | char.ToUpperInvariant(text[at + 2]);

    // A trigram's key fits in 48 bits, so the bits above them keep pairs' and characters' keys apart from trigrams' and each other's.
    private static ulong Pair(string text, int at) =>
        (1UL << 48) | ((ulong)char.ToUpperInvariant(text[at]) << 16) | char.ToUpperInvariant(text[at + 1]);

    private static ulong Single(string text, int at) => (2UL << 48) | char.ToUpperInvariant(text[at]);

    /// <summary>
    /// A SplitMix64 mix of a trigram's, pair's or character's key, split for double hashing (bit i is h1 + i h2): fixed arithmetic, so every
    /// process and version reads the sketches the others wrote (string hash codes change from process to process).
    /// </summary>
    private static (uint First, uint Step) Hash(ulong key)
    {
        // Hash arithmetic wraps and truncates by design; the build checks overflow everywhere else.
        unchecked
        {
            var mixed = key + 0x9E3779B97F4A7C15UL;
            mixed = (mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9UL;
            mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EBUL;
            mixed ^= mixed >> 31;
            return ((uint)mixed, (uint)(mixed >> 32) | 1u);
        }
    }

    private static int Bit(uint first, uint step, uint k) => unchecked((int)((first + (k * step)) % Bits));
}
