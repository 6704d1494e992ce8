using System.Globalization;
using ProfitPipeline.Classification.Learning;
using ProfitPipeline.Ledger;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Classification.Learning;

/// <summary>
/// 600 labelled rows, two a day from 2025-01-01: Lyft rides (travel) and Hetzner server bills (hosting). Enough for a model
/// that accepts at 95% (120 validation rows); the latest fifth by date is every retrain's holdout.
/// </summary>
internal static class RidesAndServers
{
    public const int Count = 600;

    public const int HoldoutFrom = Count * 4 / 5;

    public static List<LedgerTransaction> Transactions() =>
    [
        .. Enumerable.Range(0, Count)
            .Select(i => TransactionSamples.Make($"t{i}", TransactionKind.BankDebit, -10m - (i % 40), i % 2 == 0 ? "Lyft" : "Hetzner", i % 2 == 0 ? "ride" : "server", new DateOnly(2025, 1, 1).AddDays(i / 2))),
    ];

    /// <summary>Rides labelled travel and servers hosting, except that rows before <paramref name="swappedBefore"/> are labelled the other way round.</summary>
    public static List<TransactionLabel> Labels(DateTimeOffset at, int swappedBefore = 0) =>
        [.. Transactions().Select((t, i) => new TransactionLabel(t.Id, (i % 2 == 0) ^ (i < swappedBefore) ? "travel" : "hosting", null, null, "anna", at))];

    /// <summary>A bank CSV of <paramref name="count"/> Lyft rides, one a day from 2026-03-01, none labelled.</summary>
    public static string RidesCsv(int count) =>
        "Date,Description,Counterparty,Amount,Currency\n"
        + string.Concat(Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{new DateOnly(2026, 3, 1).AddDays(i):yyyy-MM-dd},ride,Lyft,-{10 + (2 * i)},EUR\n")));

    /// <summary>A bank CSV of <paramref name="count"/> rows, one a day from 2026-01-01, Lyft rides and Hetzner server rent in turn, none labelled.</summary>
    public static string RidesAndServersCsv(int count) =>
        "Date,Description,Counterparty,Amount,Currency\n"
        + string.Concat(Enumerable.Range(0, count).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $"{new DateOnly(2026, 1, 1).AddDays(i):yyyy-MM-dd},{(i % 2 == 0 ? $"Ride to client {i},Lyft,-{12 + i}.50" : $"Server rent {i},Hetzner Online,-{40 + i}.00")},EUR\n")));

    /// <summary>Trains a model on these rows and labels and promotes it (the store had none): its version.</summary>
    public static async Task<string> PromoteModelAsync(PipelineScope scope, CancellationToken ct)
    {
        var outcome = await scope.Get<ModelTrainingService>().RetrainAsync(Transactions(), Labels(scope.Time.GetUtcNow()), ct);
        Assert.True(outcome.Promoted, outcome.Reason);
        return outcome.Metrics!.Version;
    }
}
