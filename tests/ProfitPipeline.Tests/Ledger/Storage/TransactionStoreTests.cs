using ProfitPipeline.Ledger;
using ProfitPipeline.Ledger.Storage;
using ProfitPipeline.Tests.Azurite;

namespace ProfitPipeline.Tests.Ledger.Storage;

public sealed class TransactionStoreTests(AzuriteFixture azurite)
{
    private const string Bank = "Date,Description,Counterparty,Amount,Currency\n"
        + "2026-01-31,January,Lyft,-1.00,EUR\n"
        + "2026-02-01,February,Lyft,-2.00,EUR\n"
        + "2026-02-28,February refund,Lyft,3.00,EUR\n"
        + "2026-03-01,March,Lyft,-4.00,EUR\n"
        + "2026-04-15,April,Lyft,-5.00,EUR\n";

    [Theory]
    [InlineData("2026-02-10", "2026-03-05", null, "-2.00 3.00 -4.00")]
    [InlineData("2025-11-20", "2026-12-31", null, "-1.00 -2.00 3.00 -4.00 -5.00")]
    [InlineData(null, "2026-02-01", null, "-1.00 -2.00 3.00")]
    [InlineData("2026-03-31", null, null, "-4.00 -5.00")]
    [InlineData(null, null, TransactionKind.BankCredit, "3.00")]
    [InlineData("2026-02-01", "2026-02-28", TransactionKind.BankDebit, "-2.00")]
    public async Task ReadBooked_ReadsTheWholeMonthsAskedAndTheKind(string? from, string? to, TransactionKind? kind, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("bank.csv", Bank, ct);
        var imports = await scope.Get<ImportStore>().CompleteImportIdsAsync(ct);

        var read = await scope.Get<TransactionStore>().ReadBookedAsync(imports, Date(from), Date(to), kind, ct);

        Assert.Equal(expected, string.Join(' ', read.OrderBy(t => t.BookingDate).Select(t => t.Amount.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task FirstBookedMonth_IsTheEarliestWhateverTheOrderRowsWereWritten()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var store = scope.Get<TransactionStore>();
        var empty = await store.FirstBookedMonthAsync(ct);

        await scope.IngestCleanAsync("newest-first.csv", "Date,Description,Counterparty,Amount,Currency\n2026-04-15,April,Lyft,-5.00,EUR\n2025-09-30,September,Lyft,-4.00,EUR\n", ct);
        await scope.IngestCleanAsync("later-file.csv", "Date,Description,Counterparty,Amount,Currency\n2024-02-29,Leap day,Lyft,-3.00,EUR\n", ct);

        Assert.Null(empty);
        Assert.Equal(new DateOnly(2024, 2, 1), await store.FirstBookedMonthAsync(ct));
    }

    [Fact]
    public async Task Find_ReturnsTheRowsWithTheIdsAskedInAnyMonth_MoreIdsThanOneFilterTakes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var csv = "Date,Description,Counterparty,Amount,Currency\n" + string.Concat(Enumerable.Range(1, 20).Select(i => $"2026-{(i % 12) + 1:00}-10,Row {i},Lyft,-{i}.00,EUR\n"));
        await scope.IngestCleanAsync("bank.csv", csv, ct);
        var imports = await scope.Get<ImportStore>().CompleteImportIdsAsync(ct);
        var store = scope.Get<TransactionStore>();
        var all = await store.ReadAsync(imports, ct);
        var wanted = all.Where(t => t.Amount.Amount != -3m && t.Amount.Amount != -7m && t.Amount.Amount != -11m).Select(t => t.Id.Value).ToList();

        var found = await store.FindAsync(imports, [.. wanted, wanted[0], "no-such-id", "it's-quoted"], ct);

        Assert.Equal(17, wanted.Count);
        Assert.Equal(wanted.Order(StringComparer.Ordinal), found.Select(t => t.Id.Value).Order(StringComparer.Ordinal));
        Assert.Empty(await store.FindAsync(new HashSet<ImportId>(), wanted, ct));
    }

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
