namespace ProfitPipeline.Reconciliation;

/// <summary>
/// Reads invoice numbers and structured references out of a row: its reference fields and every token of its text.
/// Keys are compared upper-cased and trimmed, so "inv-7" in a remittance line finds invoice "INV-7".
/// </summary>
internal static class InvoiceReferences
{
    private static readonly char[] Separators = [' ', ',', ';', ':', '(', ')', '[', ']', '\t', '\r', '\n', '"', '\'', '+', '*', '|'];

    public static string? Normalize(string? value)
    {
        var trimmed = value?.Trim().TrimEnd('.');
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.ToUpperInvariant();
    }

    /// <summary>True when <see cref="Keys"/> has nothing to give: no reference field and no text (most cost rows), without enumerating.</summary>
    public static bool CertainlyNone(Ledger.TransactionReferences references, string? description) =>
        references.InvoiceNumber is null && references.PaymentReference is null && references.EndToEndId is null && string.IsNullOrEmpty(description);

    /// <summary>The candidate keys of a row, in a stable order: reference fields first, then text tokens.</summary>
    public static List<string> Keys(Ledger.TransactionReferences references, string? description, bool includeInvoiceNumber = true)
    {
        var keys = new List<string>();
        AddKeys(keys, references, description, includeInvoiceNumber);
        return keys;
    }

    /// <summary>Adds the keys of <see cref="Keys"/> to <paramref name="keys"/>, so a caller can reuse one list for every row.</summary>
    public static void AddKeys(List<string> keys, Ledger.TransactionReferences references, string? description, bool includeInvoiceNumber = true)
    {
        if (includeInvoiceNumber && Normalize(references.InvoiceNumber) is { } number)
        {
            keys.Add(number);
        }

        if (Normalize(references.PaymentReference) is { } payment)
        {
            keys.Add(payment);
        }

        if (Normalize(references.EndToEndId) is { } endToEnd)
        {
            keys.Add(endToEnd);
        }

        if (string.IsNullOrEmpty(description))
        {
            return;
        }

        foreach (var token in description.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Normalize(token) is { Length: >= 3 } key)
            {
                keys.Add(key);
            }
        }
    }
}
