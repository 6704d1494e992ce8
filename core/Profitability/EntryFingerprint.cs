using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace ProfitPipeline.Profitability;

/// <summary>
/// The 64-bit fingerprint of how an entry counts: XxHash3 of the UTF-8 text
/// <c>id|role|customer|project|category|amount(0.##########)|date(yyyy-MM-dd)</c>, written into per-thread buffers reused
/// from entry to entry, so the million-entry build allocates nothing per entry and clears no memory (a stack buffer is zeroed
/// on every call, which cost more than the hash). The text, and so every stored digest, is unchanged from the original format.
/// </summary>
internal static class EntryFingerprint
{
    private const string AmountFormat = "0.##########";
    private const int MinimumBuffer = 512;

    [ThreadStatic]
    private static char[]? t_chars;

    [ThreadStatic]
    private static byte[]? t_bytes;

    public static ulong Of(string id, EntryRole role, string? customer, string? project, string category, decimal amount, DateOnly date)
    {
        var roleName = role switch { EntryRole.Revenue => "Revenue", EntryRole.DirectCost => "DirectCost", _ => "Overhead" };
        var maxChars = id.Length + roleName.Length + (customer?.Length ?? 0) + (project?.Length ?? 0) + category.Length + 6 + 64 + 10;
        var chars = t_chars is { } reusedChars && reusedChars.Length >= maxChars ? reusedChars : (t_chars = new char[Math.Max(maxChars, MinimumBuffer)]);
        var length = 0;
        Append(chars, ref length, id);
        Append(chars, ref length, roleName);
        Append(chars, ref length, customer);
        Append(chars, ref length, project);
        Append(chars, ref length, category);
        length += FormatAmount(amount, chars.AsSpan(length));
        chars[length++] = '|';
        date.TryFormat(chars.AsSpan(length), out var dateLength, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        length += dateLength;

        var text = chars.AsSpan(0, length);
        var maxBytes = Encoding.UTF8.GetMaxByteCount(length);
        var bytes = t_bytes is { } reusedBytes && reusedBytes.Length >= maxBytes ? reusedBytes : (t_bytes = new byte[Math.Max(maxBytes, MinimumBuffer * 3)]);
        var byteCount = Encoding.UTF8.GetBytes(text, bytes);
        var hash = XxHash3.HashToUInt64(bytes.AsSpan(0, byteCount));
        return hash;
    }

    /// <summary>
    /// Same characters as <c>amount.ToString("0.##########")</c>: for a non-zero amount of at most 10 decimals that is its
    /// general form with trailing fractional zeros dropped, which is much cheaper than the custom format; anything else goes
    /// through the custom format itself.
    /// </summary>
    public static int FormatAmount(decimal amount, Span<char> destination)
    {
        if (amount != 0m && amount.Scale <= 10 && amount.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture))
        {
            if (destination[..written].Contains('.'))
            {
                while (destination[written - 1] == '0')
                {
                    written--;
                }

                if (destination[written - 1] == '.')
                {
                    written--;
                }
            }

            return written;
        }

        amount.TryFormat(destination, out written, AmountFormat, CultureInfo.InvariantCulture);
        return written;
    }

    private static void Append(Span<char> chars, ref int length, string? value)
    {
        if (value is not null)
        {
            value.AsSpan().CopyTo(chars[length..]);
            length += value.Length;
        }

        chars[length++] = '|';
    }
}
