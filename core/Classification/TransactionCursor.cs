using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ProfitPipeline.Classification;

/// <summary>
/// Where a page ended: the last row's booking date and id, in the listing's order (<see cref="TransactionSearch"/>: newest
/// first, then by id; the review queue: oldest first, then by id). The next page starts after it, so rows ingested or
/// answered meanwhile never shift a page or repeat one. Written as opaque base64url text, for a query string or a command line.
/// </summary>
public sealed record TransactionCursor(DateOnly BookingDate, string TransactionId)
{
    private const char Separator = '|';

    public static TransactionCursor After(ReviewItem row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.BookingDate, row.TransactionId);
    }

    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(BookingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + Separator + TransactionId));

    /// <summary>Reads what <see cref="ToString"/> wrote; anything else is not a cursor.</summary>
    public static bool TryParse(string? text, out TransactionCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrWhiteSpace(text) || !Base64Url.IsValid(text.Trim()))
        {
            return false;
        }

        var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text.Trim()));
        var separator = decoded.IndexOf(Separator, StringComparison.Ordinal);
        if (separator < 0 || separator == decoded.Length - 1 || !TransactionFilter.TryParseDate(decoded[..separator], out var date))
        {
            return false;
        }

        cursor = new TransactionCursor(date, decoded[(separator + 1)..]);
        return true;
    }

    /// <summary>Whether the row of <paramref name="bookingDate"/> and <paramref name="transactionId"/> comes after this cursor in the listing's order (newest first).</summary>
    internal bool Precedes(DateOnly bookingDate, string transactionId) =>
        bookingDate < BookingDate || (bookingDate == BookingDate && string.CompareOrdinal(transactionId, TransactionId) > 0);

    /// <summary>Whether the row comes after this cursor in the review queue's order (oldest first).</summary>
    internal bool PrecedesOldestFirst(DateOnly bookingDate, string transactionId) =>
        bookingDate > BookingDate || (bookingDate == BookingDate && string.CompareOrdinal(transactionId, TransactionId) > 0);
}
