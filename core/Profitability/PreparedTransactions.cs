using ProfitPipeline.Ledger;

namespace ProfitPipeline.Profitability;

/// <summary>
/// The engine's input made canonical: one row per <see cref="TransactionId"/> (a duplicate keeps the copy from the earliest
/// source location, so input order never matters), nothing booked after <c>asOf</c>, one currency (others are listed as excluded).
/// Ordered by id.
/// </summary>
internal sealed record PreparedTransactions(IReadOnlyList<LedgerTransaction> Transactions, IReadOnlyList<ExcludedTransaction> Excluded)
{
    public static PreparedTransactions From(IReadOnlyList<LedgerTransaction> transactions, CurrencyCode currency, DateOnly asOf)
    {
        var canonical = IsStrictlyOrderedById(transactions) ? transactions : Deduplicated(transactions);
        var kept = new List<LedgerTransaction>(canonical.Count);
        var excluded = new List<ExcludedTransaction>();
        foreach (var transaction in canonical)
        {
            if (transaction.BookingDate > asOf)
            {
                continue;
            }

            if (transaction.Amount.Currency != currency)
            {
                excluded.Add(new ExcludedTransaction(transaction.Id, $"currency {transaction.Amount.Currency} is not the reporting currency {currency}"));
                continue;
            }

            kept.Add(transaction);
        }

        return new PreparedTransactions(kept, excluded);
    }

    /// <summary>Input strictly ascending by id (as the store reads it) has no duplicates and needs no sort.</summary>
    private static bool IsStrictlyOrderedById(IReadOnlyList<LedgerTransaction> transactions)
    {
        for (var i = 1; i < transactions.Count; i++)
        {
            if (string.CompareOrdinal(transactions[i - 1].Id.Value, transactions[i].Id.Value) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static List<LedgerTransaction> Deduplicated(IReadOnlyList<LedgerTransaction> transactions)
    {
        var byId = new Dictionary<TransactionId, LedgerTransaction>(transactions.Count);
        foreach (var transaction in transactions)
        {
            if (!byId.TryGetValue(transaction.Id, out var kept) || SourceOrder(transaction, kept) < 0)
            {
                byId[transaction.Id] = transaction;
            }
        }

        var ordered = byId.Values.ToArray();
        Array.Sort(ordered, (left, right) => string.CompareOrdinal(left.Id.Value, right.Id.Value));
        return [.. ordered];
    }

    private static int SourceOrder(LedgerTransaction left, LedgerTransaction right)
    {
        var byImport = string.CompareOrdinal(left.Source.ImportId.ToString(), right.Source.ImportId.ToString());
        if (byImport != 0)
        {
            return byImport;
        }

        var byFile = string.CompareOrdinal(left.Source.FileName, right.Source.FileName);
        return byFile != 0 ? byFile : left.Source.Line.CompareTo(right.Source.Line);
    }
}
