using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Matching;

/// <summary>
/// What links a payment to a customer beyond its name: open invoice numbers (normalised: letters and digits, upper case) and
/// payer accounts (IBAN, no spaces, upper case) seen on confirmed labels.
/// </summary>
public sealed record CustomerEvidence(IReadOnlyDictionary<string, CustomerId> OpenInvoices, IReadOnlyDictionary<string, CustomerId> PayerAccounts)
{
    public static CustomerEvidence None { get; } = new(new Dictionary<string, CustomerId>(), new Dictionary<string, CustomerId>());

    /// <summary>Builds the lookups, normalising keys; a key claimed by two customers is dropped as ambiguous.</summary>
    public static CustomerEvidence Create(IEnumerable<KeyValuePair<string, CustomerId>> openInvoices, IEnumerable<KeyValuePair<string, CustomerId>> payerAccounts) =>
        new(Unambiguous(openInvoices, InvoiceKey), Unambiguous(payerAccounts, AccountKey));

    public CustomerEvidence Merge(CustomerEvidence other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Create(OpenInvoices.Concat(other.OpenInvoices), PayerAccounts.Concat(other.PayerAccounts));
    }

    internal static string InvoiceKey(string value) => new([.. value.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);

    internal static string AccountKey(string value) => InvoiceKey(value);

    private static Dictionary<string, CustomerId> Unambiguous(IEnumerable<KeyValuePair<string, CustomerId>> pairs, Func<string, string> key) =>
        pairs
            .Select(p => (Key: key(p.Key), p.Value))
            .Where(p => p.Key.Length > 0)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Value).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
}
