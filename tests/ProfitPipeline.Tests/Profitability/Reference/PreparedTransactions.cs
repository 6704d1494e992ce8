using ProfitPipeline.Ledger;
using ProfitPipeline.Profitability;
using ProfitPipeline.Reconciliation;

namespace ProfitPipeline.Tests.Profitability.Reference;

/// <summary>
/// The engine's input made canonical: one row per <see cref="TransactionId"/> (a duplicate keeps the copy from the earliest
/// source location, so input order never matters), nothing booked after <c>asOf</c>, one currency (others are listed as excluded).
/// Ordered by id.
/// </summary>
internal sealed record PreparedTransactions(IReadOnlyList<LedgerTransaction> Transactions, IReadOnlyList<ExcludedTransaction> Excluded)
{
    public static PreparedTransactions From(IReadOnlyList<LedgerTransaction> transactions, CurrencyCode currency, DateOnly asOf)
    {
        var byId = new Dictionary<TransactionId, LedgerTransaction>(transactions.Count);
        foreach (var transaction in transactions)
        {
            if (!byId.TryGetValue(transaction.Id, out var kept) || SourceOrder(transaction, kept) < 0)
            {
                byId[transaction.Id] = transaction;
            }
        }

        var kept2 = new List<LedgerTransaction>(byId.Count);
        var excluded = new List<ExcludedTransaction>();
        foreach (var transaction in byId.Values.OrderBy(t => t.Id.Value, StringComparer.Ordinal))
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

            kept2.Add(transaction);
        }

        return new PreparedTransactions(kept2, excluded);
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
