using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion;

/// <summary>
/// Gives each row a stable id. The bank's own id where the format has one; a document's number for invoices, bills and credit
/// notes; otherwise a hash of (account, date, amount, normalised text) plus the occurrence ordinal within the file, so two
/// genuine identical payments stay two rows while the same statement delivered twice, or overlapping, does not double them.
/// </summary>
internal sealed class TransactionIdentity
{
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);

    public TransactionId Next(ParsedTransaction t)
    {
        string key;
        if (!string.IsNullOrWhiteSpace(t.References.BankId))
        {
            key = Join("bank", t.Kind.ToString(), t.Account, t.References.BankId.Trim());
        }
        else if (t.Kind is TransactionKind.Invoice or TransactionKind.CreditNote or TransactionKind.Bill
                 && !string.IsNullOrWhiteSpace(t.References.InvoiceNumber))
        {
            var issuer = t.Kind == TransactionKind.Bill ? Normalise(t.Counterparty) : string.Empty;
            key = Join("document", t.Kind.ToString(), issuer, t.References.InvoiceNumber.Trim());
        }
        else
        {
            var content = Join(
                "content",
                t.Kind.ToString(),
                t.Account,
                t.BookingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                t.Amount.Amount.ToString("0.00########", CultureInfo.InvariantCulture),
                t.Amount.Currency.Value,
                Normalise(t.Counterparty),
                Normalise(t.Description));
            var ordinal = _occurrences[content] = _occurrences.GetValueOrDefault(content) + 1;
            key = Join(content, ordinal.ToString(CultureInfo.InvariantCulture));
        }

        return new TransactionId(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32]);
    }

    private static string Join(params string?[] parts) => string.Join('\u001F', parts.Select(p => p ?? string.Empty));

    /// <summary>Case, spacing and punctuation differ between exports of the same bank row; letters and digits do not.</summary>
    private static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
