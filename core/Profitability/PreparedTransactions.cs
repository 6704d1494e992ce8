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
        var canonical = Deduplicated(transactions);
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

    /// <summary>
    /// One row per id in ascending id order. Input is usually a few ascending runs (the store's month partitions, an import
    /// appended to the ledger): those are merged pairwise, a comparison per row per round (log2 of the runs), where sorting a
    /// million strings costs seconds.
    /// </summary>
    internal static IReadOnlyList<LedgerTransaction> Deduplicated(IReadOnlyList<LedgerTransaction> transactions)
    {
        var ends = RunEnds(transactions);
        if (ends is null)
        {
            return SortedUnique(transactions);
        }

        // One strictly ascending run (an import read back alone, the engine's own output): nothing repeats, nothing to order.
        if (ends.Count <= 1)
        {
            return transactions;
        }

        var runs = new List<List<LedgerTransaction>>(ends.Count);
        var start = 0;
        foreach (var end in ends)
        {
            var run = new List<LedgerTransaction>(end - start);
            for (var k = start; k < end; k++)
            {
                run.Add(transactions[k]);
            }

            runs.Add(run);
            start = end;
        }

        while (runs.Count > 1)
        {
            var merged = new List<List<LedgerTransaction>>((runs.Count + 1) / 2);
            for (var r = 0; r + 1 < runs.Count; r += 2)
            {
                merged.Add(Merge(runs[r], runs[r + 1]));
            }

            if (runs.Count % 2 == 1)
            {
                merged.Add(runs[^1]);
            }

            runs = merged;
        }

        return runs[0];
    }

    /// <summary>Where each strictly ascending run of the input ends (so no run repeats an id); null when there are too many to merge.</summary>
    private static List<int>? RunEnds(IReadOnlyList<LedgerTransaction> transactions)
    {
        // Up to 256 runs (eight merge rounds; 24 months of partitions take five); beyond that the input is in no useful order.
        const int MostRunsMerged = 256;
        var ends = new List<int>();
        for (var i = 1; i <= transactions.Count; i++)
        {
            if (i < transactions.Count && string.CompareOrdinal(transactions[i - 1].Id.Value, transactions[i].Id.Value) < 0)
            {
                continue;
            }

            if (ends.Count == MostRunsMerged)
            {
                return null;
            }

            ends.Add(i);
        }

        return ends;
    }

    /// <summary>Merges two runs of unique ascending ids; of two rows with one id it keeps the earlier source (the left's on a tie).</summary>
    private static List<LedgerTransaction> Merge(List<LedgerTransaction> left, List<LedgerTransaction> right)
    {
        var merged = new List<LedgerTransaction>(left.Count + right.Count);
        int l = 0, r = 0;
        while (l < left.Count && r < right.Count)
        {
            var c = string.CompareOrdinal(left[l].Id.Value, right[r].Id.Value);
            if (c == 0)
            {
                merged.Add(SourceOrder(right[r], left[l]) < 0 ? right[r] : left[l]);
                l++;
                r++;
            }
            else
            {
                merged.Add(c < 0 ? left[l++] : right[r++]);
            }
        }

        for (; l < left.Count; l++)
        {
            merged.Add(left[l]);
        }

        for (; r < right.Count; r++)
        {
            merged.Add(right[r]);
        }

        return merged;
    }

    /// <summary>The general way, for input in no useful order.</summary>
    internal static List<LedgerTransaction> SortedUnique(IReadOnlyList<LedgerTransaction> transactions)
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
