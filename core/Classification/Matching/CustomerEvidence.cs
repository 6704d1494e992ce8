using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Matching;

/// <summary>
/// What links a payment to a customer beyond its name: open invoice numbers (normalised: letters and digits, upper case),
/// payer accounts (IBAN, no spaces, upper case) seen on confirmed labels, and payer accounts a person said pay for no
/// customer (a processor's payouts).
/// </summary>
public sealed record CustomerEvidence(
    IReadOnlyDictionary<string, CustomerId> OpenInvoices, IReadOnlyDictionary<string, CustomerId> PayerAccounts, IReadOnlySet<string> NoCustomerAccounts)
{
    public static CustomerEvidence None { get; } = new(new Dictionary<string, CustomerId>(), new Dictionary<string, CustomerId>(), new HashSet<string>());

    /// <summary>
    /// Builds the lookups, normalising keys; a key claimed by two customers is dropped as ambiguous, and so is an account
    /// answered both ways (a customer on one row, none on another).
    /// </summary>
    public static CustomerEvidence Create(
        IEnumerable<KeyValuePair<string, CustomerId>> openInvoices,
        IEnumerable<KeyValuePair<string, CustomerId>> payerAccounts,
        IEnumerable<string>? noCustomerAccounts = null)
    {
        var payers = payerAccounts.Select(p => (Key: AccountKey(p.Key), p.Value)).ToList();
        var none = (noCustomerAccounts ?? []).Select(AccountKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var both = payers.Select(p => p.Key).Where(none.Contains).ToHashSet(StringComparer.Ordinal);
        none.ExceptWith(both);
        return new(
            UnambiguousKeys.Create(openInvoices.Select(p => (InvoiceKey(p.Key), p.Value))),
            UnambiguousKeys.Create(payers.Where(p => !both.Contains(p.Key))),
            none);
    }

    public CustomerEvidence Merge(CustomerEvidence other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Create(OpenInvoices.Concat(other.OpenInvoices), PayerAccounts.Concat(other.PayerAccounts), NoCustomerAccounts.Concat(other.NoCustomerAccounts));
    }

    internal static string InvoiceKey(string value) => new([.. value.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);

    internal static string AccountKey(string value) => InvoiceKey(value);
}
