using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Matching;

/// <summary>
/// Recognises a payment processor's payouts on the bank statement. A payout moves the balance the processor holds for the
/// business, made of many customers' card payments that the processor's own export books one by one; on the bank it is a
/// transfer from no one customer. Taken for a customer's receipt it would wait for review and stay unmatched for ever.
/// Only money coming in counts: a bank debit naming a processor is usually a purchase from a merchant that uses it.
/// </summary>
public sealed class PaymentProcessors
{
    /// <summary>
    /// Processors whose names are distinctive enough to recognise in a payer's name or a bank text. Words that are also
    /// ordinary company names ("Square", "Paddle") are left out: a business that uses those adds them in its settings.
    /// </summary>
    public static IReadOnlyList<string> DefaultNames { get; } =
    [
        "Stripe", "PayPal", "Adyen", "SumUp", "Mollie", "GoCardless", "Braintree", "Worldpay", "Zettle", "iZettle", "Klarna",
        "SquareUp", "Shopify Payments", "Checkout.com", "Payoneer",
    ];

    public static PaymentProcessors Default { get; } = new(DefaultNames);

    private readonly List<(string[] Tokens, string Name)> _names;

    public PaymentProcessors(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = [.. names
            .Select(n => (Tokens: NameNormalizer.Normalize(n).Split(' ', StringSplitOptions.RemoveEmptyEntries), Name: n.Trim()))
            .Where(n => n.Tokens.Length > 0)];
    }

    /// <summary>The processor a bank credit comes from, by its payer's name or its text; null for anything else.</summary>
    public string? PayoutFrom(ParsedTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (transaction.Kind != TransactionKind.BankCredit || transaction.Amount.Amount <= 0m || _names.Count == 0)
        {
            return null;
        }

        var payer = Tokens(transaction.Counterparty);
        var text = Tokens(transaction.Description);
        foreach (var (tokens, name) in _names)
        {
            // Whole consecutive words: "Stripe" is in "Stripe Payments Europe", not in "Stripeline Logistics".
            if (payer.AsSpan().IndexOf(tokens) >= 0 || text.AsSpan().IndexOf(tokens) >= 0)
            {
                return name;
            }
        }

        return null;
    }

    private static string[] Tokens(string? text) =>
        NameNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
