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
        new(
            UnambiguousKeys.Create(openInvoices.Select(p => (InvoiceKey(p.Key), p.Value))),
            UnambiguousKeys.Create(payerAccounts.Select(p => (AccountKey(p.Key), p.Value))));

    public CustomerEvidence Merge(CustomerEvidence other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Create(OpenInvoices.Concat(other.OpenInvoices), PayerAccounts.Concat(other.PayerAccounts));
    }

    internal static string InvoiceKey(string value) => new([.. value.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);

    internal static string AccountKey(string value) => InvoiceKey(value);
}
