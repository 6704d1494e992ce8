using System.Buffers;
using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace ProfitPipeline.Profitability;

/// <summary>
/// The 64-bit fingerprint of how an entry counts: XxHash3 of the UTF-8 text
/// <c>id|role|customer|project|category|amount(0.##########)|date(yyyy-MM-dd)</c>, written into a stack buffer so the
/// million-entry build allocates nothing per entry. The text, and so every stored digest, is unchanged from the original format.
/// </summary>
internal static class EntryFingerprint
{
    private const string AmountFormat = "0.##########";
    private const int StackLimit = 512;

    public static ulong Of(string id, EntryRole role, string? customer, string? project, string category, decimal amount, DateOnly date)
    {
        var roleName = role switch { EntryRole.Revenue => "Revenue", EntryRole.DirectCost => "DirectCost", _ => "Overhead" };
        var maxChars = id.Length + roleName.Length + (customer?.Length ?? 0) + (project?.Length ?? 0) + category.Length + 6 + 64 + 10;
        char[]? rentedChars = null;
        var chars = maxChars <= StackLimit ? stackalloc char[StackLimit] : (rentedChars = ArrayPool<char>.Shared.Rent(maxChars));
        var length = 0;
        Append(chars, ref length, id);
        Append(chars, ref length, roleName);
        Append(chars, ref length, customer);
        Append(chars, ref length, project);
        Append(chars, ref length, category);
        length += FormatAmount(amount, chars[length..]);
        chars[length++] = '|';
        date.TryFormat(chars[length..], out var dateLength, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        length += dateLength;

        var text = chars[..length];
        var maxBytes = Encoding.UTF8.GetMaxByteCount(length);
        byte[]? rentedBytes = null;
        var bytes = maxBytes <= StackLimit * 3 ? stackalloc byte[StackLimit * 3] : (rentedBytes = ArrayPool<byte>.Shared.Rent(maxBytes));
        var byteCount = Encoding.UTF8.GetBytes(text, bytes);
        var hash = XxHash3.HashToUInt64(bytes[..byteCount]);
        if (rentedChars is not null)
        {
            ArrayPool<char>.Shared.Return(rentedChars);
        }

        if (rentedBytes is not null)
        {
            ArrayPool<byte>.Shared.Return(rentedBytes);
        }

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
