using System.Globalization;
using Azure.Data.Tables;
using ProfitPipeline.Profitability;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>A restatement as a table entity (same keys as the version it introduces), and back. Id lists are newline-separated.</summary>
internal static class RestatementEntityMapping
{
    /// <summary>Ids listed per change kind; the counts are always complete.</summary>
    private const int MaxListed = 1000;

    public static TableEntity ToEntity(SnapshotRestatement r) =>
        new(SnapshotKeys.Partition(r.Period, r.Dimension), SnapshotKeys.Row(r.Member, r.ToVersion))
        {
            ["Period"] = r.Period.Key,
            ["Dimension"] = r.Dimension,
            ["Member"] = r.Member,
            ["FromVersion"] = r.FromVersion,
            ["ToVersion"] = r.ToVersion,
            ["Currency"] = r.RevenueAfter.Currency.Value,
            ["RevenueBefore"] = Amount(r.RevenueBefore),
            ["RevenueAfter"] = Amount(r.RevenueAfter),
            ["DirectCostBefore"] = Amount(r.DirectCostBefore),
            ["DirectCostAfter"] = Amount(r.DirectCostAfter),
            ["AllocatedOverheadBefore"] = Amount(r.AllocatedOverheadBefore),
            ["AllocatedOverheadAfter"] = Amount(r.AllocatedOverheadAfter),
            ["TransactionCountBefore"] = r.TransactionCountBefore,
            ["TransactionCountAfter"] = r.TransactionCountAfter,
            ["TransactionsKnown"] = r.TransactionsKnown,
            ["AddedCount"] = r.Added.Count,
            ["RemovedCount"] = r.Removed.Count,
            ["ChangedCount"] = r.Changed.Count,
            ["Added"] = Ids(r.Added),
            ["Removed"] = Ids(r.Removed),
            ["Changed"] = Ids(r.Changed),
        };

    public static SnapshotRestatement FromEntity(TableEntity e)
    {
        var currency = CurrencyCode.Parse(e.GetString("Currency"));
        Money M(string name) => new(decimal.Parse(e.GetString(name), NumberStyles.Number, CultureInfo.InvariantCulture), currency);
        List<TransactionId> L(string name) =>
            (e.GetString(name) ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(i => new TransactionId(i)).ToList();
        return new SnapshotRestatement(
            Period.Parse(e.GetString("Period")), e.GetString("Dimension"), e.GetString("Member"),
            e.GetInt32("FromVersion") ?? 0, e.GetInt32("ToVersion") ?? 0,
            M("RevenueBefore"), M("RevenueAfter"), M("DirectCostBefore"), M("DirectCostAfter"),
            M("AllocatedOverheadBefore"), M("AllocatedOverheadAfter"),
            e.GetInt32("TransactionCountBefore") ?? 0, e.GetInt32("TransactionCountAfter") ?? 0,
            e.GetBoolean("TransactionsKnown") ?? false, L("Added"), L("Removed"), L("Changed"));
    }

    private static string Amount(Money m) => m.Amount.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string Ids(IReadOnlyList<TransactionId> ids) => string.Join('\n', ids.Take(MaxListed).Select(i => i.Value));
}
