using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace ProfitPipeline.Ingestion.Csv;

/// <summary>
/// The strings of one column whose values come again and again (counterparties, their IBANs, the account itself):
/// a value seen recently is returned as the same string instead of being decoded and allocated once per row.
/// A small direct-mapped table keyed by the cell's UTF-8 bytes; long values, and columns whose values turn out not
/// to repeat, are decoded every time.
/// </summary>
internal sealed class RepeatedCellText
{
    private const int SlotBits = 8;
    private const int Slots = 1 << SlotBits;
    private const int MaxKeyBytes = 64;
    private const int TrialLookups = 4096;

    private readonly byte[] _keys = new byte[Slots * MaxKeyBytes];
    private readonly byte[] _keyLengths = new byte[Slots];
    private readonly string?[] _values = new string?[Slots];
    private int _lookups;
    private int _hits;
    private bool _off;

    /// <summary>The cell's text, decoded from <paramref name="utf8"/>.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (_off || utf8.Length > MaxKeyBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        if (++_lookups == TrialLookups && _hits < TrialLookups / 8)
        {
            _off = true; // the column's values rarely repeat: keeping copies of them would be wasted work
        }

        var slot = Slot(utf8);
        var key = _keys.AsSpan(slot * MaxKeyBytes, utf8.Length);
        if (_values[slot] is { } cached && _keyLengths[slot] == utf8.Length && key.SequenceEqual(utf8))
        {
            _hits++;
            return cached;
        }

        var value = Encoding.UTF8.GetString(utf8);
        utf8.CopyTo(key);
        _keyLengths[slot] = (byte)utf8.Length;
        _values[slot] = value;
        return value;
    }

    /// <summary>A slot from the length and the first and last eight bytes, where values of a column usually differ.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ReadOnlySpan<byte> utf8)
    {
        ulong first, last;
        if (utf8.Length >= sizeof(ulong))
        {
            first = BinaryPrimitives.ReadUInt64LittleEndian(utf8);
            last = BinaryPrimitives.ReadUInt64LittleEndian(utf8[^sizeof(ulong)..]);
        }
        else
        {
            first = 0;
            foreach (var b in utf8)
            {
                first = (first << 8) | b;
            }

            last = 0;
        }

        var mixed = unchecked(((first * 0x9E3779B97F4A7C15UL) ^ (last * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)utf8.Length) * 0x165667B19E3779F9UL);
        return (int)(mixed >> (64 - SlotBits));
    }
}
