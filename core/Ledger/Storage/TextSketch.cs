using System.Numerics;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>
/// A Bloom filter of the three-character runs (trigrams) and the pairs of characters of some texts, ignoring case as
/// <see cref="StringComparison.OrdinalIgnoreCase"/> does. A text that contains a part has every trigram of the part (and, for a
/// part of two characters, the part itself as a pair), so when <see cref="MayContain"/> says no, none of the texts added contains
/// it; a yes may be wrong (about one in eight per trigram when half the bits are set), never a no. One sketch is 8 KiB, well
/// inside a Table Storage binary property (64 KiB), and holds about 15,000 distinct trigrams and pairs before it counts as full.
/// </summary>
internal sealed class TextSketch
{
    /// <summary>The shortest part a sketch can judge: "BP", "O2" and "3M" are names people search for.</summary>
    public const int ShortestPart = 2;

    public const int Bytes = 8 * 1024;

    private const int Bits = Bytes * 8;

    private const int HashesPerKey = 3;

    /// <summary>Half the bits set: each further key would raise the false yes rate (fill to the third power) faster.</summary>
    private const double FullAt = 0.5;

    private readonly byte[] _bits;

    /// <summary>Bits set, kept as they are set: a sketch is asked whether it is full once per row.</summary>
    private int _set;

    public TextSketch()
        : this(new byte[Bytes], holdsPairs: true)
    {
    }

    private TextSketch(byte[] bits, bool holdsPairs)
    {
        _bits = bits;
        HoldsPairs = holdsPairs;
        for (var i = 0; i < bits.Length; i += sizeof(ulong))
        {
            _set += BitOperations.PopCount(BitConverter.ToUInt64(bits, i));
        }
    }

    public bool IsFull => Fill >= FullAt;

    /// <summary>Whether pairs of characters were added too; sketches written before pairs were hold trigrams only.</summary>
    public bool HoldsPairs { get; }

    public double Fill => (double)_set / Bits;

    /// <summary>A sketch as <see cref="ToBytes"/> wrote it; anything else is refused rather than trusted, since a wrong sketch hides rows.</summary>
    public static TextSketch FromBytes(byte[] bytes, bool holdsPairs)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length != Bytes)
        {
            throw new InvalidDataException($"A text sketch is {Bytes} bytes; this one has {bytes.Length}.");
        }

        return new TextSketch([.. bytes], holdsPairs);
    }

    public byte[] ToBytes() => [.. _bits];

    /// <summary>Adds the trigrams and pairs of one text; texts are added one by one, so no run spans two of them.</summary>
    public void Add(string? text)
    {
        if (text is null)
        {
            return;
        }

        for (var i = 0; i + 2 <= text.Length; i++)
        {
            Set(Pair(text, i));
            if (i + 3 <= text.Length)
            {
                Set(Trigram(text, i));
            }
        }
    }

    /// <summary>
    /// False only when no text added contains <paramref name="part"/> ignoring case. A part shorter than <see cref="ShortestPart"/>,
    /// with characters outside the basic plane (whose case mapping is not one character at a time), or of two characters asked
    /// of a sketch without pairs, cannot be judged: true.
    /// </summary>
    public bool MayContain(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (!CanJudge(part))
        {
            return true;
        }

        if (part.Length == 2)
        {
            return !HoldsPairs || Has(Pair(part, 0));
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

    // A trigram's key fits in 48 bits, so the bit above them keeps every pair's key apart from every trigram's.
    private static ulong Pair(string text, int at) =>
        (1UL << 48) | ((ulong)char.ToUpperInvariant(text[at]) << 16) | char.ToUpperInvariant(text[at + 1]);

    /// <summary>
    /// A SplitMix64 mix of a trigram's or pair's key, split for double hashing (bit i is h1 + i h2): fixed arithmetic, so every
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
