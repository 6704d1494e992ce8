using ProfitPipeline.Ledger;

namespace ProfitPipeline.Classification.Matching;

/// <summary>
/// What a payment is, from the document it pays: a receipt that quotes a sales invoice's number is what that invoice is, a
/// bank debit that quotes a bill's number is what that bill is. Only documents whose category is known (stated on the export,
/// set by a rule or a person) count, and a number two documents of one direction share in different categories is dropped.
/// </summary>
internal sealed class DocumentCategories
{
    private readonly Dictionary<string, string> _sales;
    private readonly Dictionary<string, string> _purchases;

    private DocumentCategories(Dictionary<string, string> sales, Dictionary<string, string> purchases)
    {
        _sales = sales;
        _purchases = purchases;
    }

    public static DocumentCategories None { get; } = new(new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    /// <param name="documents">Transactions with the category each one has, if accepted; rows that are not documents are ignored.</param>
    public static DocumentCategories From(IEnumerable<(LedgerTransaction Transaction, Tag? Category)> documents)
    {
        var sales = new List<(string Key, string Category)>();
        var purchases = new List<(string Key, string Category)>();
        foreach (var (t, category) in documents)
        {
            if (category is not { Accepted: true } || string.IsNullOrWhiteSpace(t.References.InvoiceNumber))
            {
                continue;
            }

            var key = CustomerEvidence.InvoiceKey(t.References.InvoiceNumber);
            if (t.Kind == TransactionKind.Invoice)
            {
                sales.Add((key, category.Value));
            }
            else if (t.Kind == TransactionKind.Bill)
            {
                purchases.Add((key, category.Value));
            }
        }

        return new DocumentCategories(UnambiguousKeys.Create(sales), UnambiguousKeys.Create(purchases));
    }

    /// <summary>The category of the document this payment quotes, or null when it quotes none we know.</summary>
    public Tag? Match(ParsedTransaction t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var (documents, name) = t.Kind switch
        {
            TransactionKind.BankCredit or TransactionKind.Payment when t.Amount.Amount > 0 => (_sales, "invoice"),
            TransactionKind.BankDebit => (_purchases, "bill"),
            _ => (null, string.Empty),
        };
        if (documents is null || documents.Count == 0)
        {
            return null;
        }

        foreach (var (key, where) in DocumentReferences.In(t))
        {
            if (documents.TryGetValue(key, out var category))
            {
                return new Tag(category, TagSource.Match, 0.99m, $"category of the {name} whose number is in the {where}") { Accepted = true };
            }
        }

        return null;
    }
}
