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

        var read = await scope.Get<TransactionStore>().ReadBookedAsync(imports, Date(from), Date(to), kind, text: null, ct);

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

    [Theory]
    [InlineData("refund", "2026-02-01 2026-02-28")]
    [InlineData("MARCH", "2026-03-01")]
    [InlineData("lyft", "2026-01-31 2026-02-01 2026-02-28 2026-03-01 2026-04-15")]
    [InlineData("Stripe", "")]
    [InlineData("ly", "2026-01-31 2026-02-01 2026-02-28 2026-03-01 2026-04-15")]
    [InlineData("FU", "2026-02-01 2026-02-28")]
    [InlineData("BP", "")]
    [InlineData("y", "2026-01-31 2026-02-01 2026-02-28 2026-03-01 2026-04-15")]
    [InlineData("U", "2026-01-31 2026-02-01 2026-02-28")]
    [InlineData("h", "2026-03-01")]
    [InlineData("&", "")]
    public async Task ReadBooked_WithText_ReadsOnlyTheMonthsThatMayHoldIt(string text, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("bank.csv", Bank, ct);
        var imports = await scope.Get<ImportStore>().CompleteImportIdsAsync(ct);

        // Whole months come back, matching or not: the caller drops the rest; the months ruled out are never read.
        var read = await scope.Get<TransactionStore>().ReadBookedAsync(imports, new DateOnly(2025, 12, 1), new DateOnly(2026, 5, 31), null, text, ct);

        Assert.Equal(expected, string.Join(' ', read.Select(t => t.BookingDate).Order().Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task MonthStoredBeforeSketches_IsReadAndItsFirstSketchTakesTheRowsItHolds()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        await scope.IngestCleanAsync("bank.csv", Bank, ct);
        var sketches = scope.Get<StorageAccount>().Table(StorageNames.Tables.TextSketches);
        await foreach (var layer in sketches.QueryAsync<Azure.Data.Tables.TableEntity>(cancellationToken: ct))
        {
            await sketches.DeleteEntityAsync(layer, cancellationToken: ct);
        }

        var store = scope.Get<TransactionStore>();
        async Task<string> MonthsWith(string text) => string.Join(' ', (await store.ReadBookedAsync(
            await scope.Get<ImportStore>().CompleteImportIdsAsync(ct), new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 30), null, text, ct))
            .Select(t => t.BookingDate.Month).Distinct().Order());
        var unsketched = await MonthsWith("Stripe");
        await scope.IngestCleanAsync("later.csv", "Date,Description,Counterparty,Amount,Currency\n2026-02-14,Flowers,Bloom & Wild,-30.00,EUR\n", ct);

        // February now has a sketch, which rules out what none of its rows holds and keeps what its earlier rows hold.
        Assert.Equal("1 2 3 4", unsketched);
        Assert.Equal("1 3 4", await MonthsWith("Stripe"));
        Assert.Equal("1 2 3 4", await MonthsWith("refund"));
        Assert.Equal("1 2 3 4", await MonthsWith("bloom"));
    }

    [Fact]
    public async Task WritersOfOneMonthAtOnce_EveryTextIsInItsSketches()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var sketches = new MonthTextSketches(scope.Get<StorageAccount>());
        var month = new DateOnly(2026, 6, 1);
        string Payee(int writer, int row) => $"Payee {writer:00}-{row:00} zq";

        await Task.WhenAll(Enumerable.Range(0, 6).Select(writer => sketches.AddAsync(
            [.. Enumerable.Range(0, 20).Select(row => Classification.TransactionSamples.Make($"w{writer}r{row}", TransactionKind.BankDebit, -1m, Payee(writer, row), date: month.AddDays(row)))],
            ct)));
        var missing = new List<string>();
        foreach (var (writer, row) in Enumerable.Range(0, 6).SelectMany(w => Enumerable.Range(0, 20).Select(r => (w, r))))
        {
            var mayContain = await sketches.MonthsThatMayContainAsync(Payee(writer, row), month, month, ct);
            if (!mayContain!(month))
            {
                missing.Add(Payee(writer, row));
            }
        }

        Assert.Empty(missing);
        Assert.False((await sketches.MonthsThatMayContainAsync("Payee 99-99", month, month, ct))!(month));
    }

    [Fact]
    public async Task SameTextsAddedAgain_LeaveTheSketchUnwritten()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var account = scope.Get<StorageAccount>();
        var sketches = new MonthTextSketches(account);
        var month = new DateOnly(2026, 8, 1);
        List<LedgerTransaction> rows = [Classification.TransactionSamples.Make("a", TransactionKind.BankDebit, -1m, "Lyft", "Ride", month)];
        async Task<string> ETagOfLayer() => (await account.Table(StorageNames.Tables.TextSketches).GetEntityAsync<Azure.Data.Tables.TableEntity>("2026-08", "000", cancellationToken: ct)).Value.ETag.ToString();

        await sketches.AddAsync(rows, ct);
        var first = await ETagOfLayer();
        await sketches.AddAsync(rows, ct);
        var again = await ETagOfLayer();
        await sketches.AddAsync([Classification.TransactionSamples.Make("b", TransactionKind.BankDebit, -1m, "Uber", "Ride", month)], ct);

        Assert.Equal(first, again);
        Assert.NotEqual(first, await ETagOfLayer());
    }

    [Theory]
    [InlineData(null, "QZ")]
    [InlineData(true, "&")]
    public async Task LayerWrittenBeforeShortParts_ATextThatShortReadsTheMonth_LaterRowsGoToANewLayer(bool? pairs, string shortText)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var account = scope.Get<StorageAccount>();
        var sketches = new MonthTextSketches(account);
        var month = new DateOnly(2026, 9, 1);
        var written = new TextSketch();
        written.Add("Lyft");
        written.Add("Ride");

        // As a layer was stored before pairs (the bits alone) or before single characters (the bits and the pairs flag).
        var stored = new Azure.Data.Tables.TableEntity("2026-09", "000") { ["Bits"] = written.ToBytes() };
        if (pairs is { } flag)
        {
            stored["Pairs"] = flag;
        }

        var old = (await account.Table(StorageNames.Tables.TextSketches).AddEntityAsync(stored, ct)).Headers.ETag;
        async Task<bool> MayHold(string text) => (await sketches.MonthsThatMayContainAsync(text, month, month, ct))!(month);
        var before = await MayHold(shortText);
        await sketches.AddAsync([Classification.TransactionSamples.Make("a", TransactionKind.BankDebit, -1m, "BP", "Fuel", month)], ct);
        var layers = await LayersAsync(account, "2026-09", ct);

        Assert.True(before);
        Assert.True(await MayHold(shortText));
        Assert.Equal(pairs is null, await MayHold("ZQ"));
        Assert.True(await MayHold("fuel"));
        Assert.True(await MayHold("lyft"));
        Assert.False(await MayHold("Stripe"));
        Assert.Equal(["000", "001"], layers.Select(l => l.RowKey));
        Assert.Equal(old, layers[0].ETag);
        Assert.Null(layers[0].GetInt32("Shortest"));
        Assert.True(layers[1].GetBoolean("Pairs"));
        Assert.Equal(TextSketch.ShortestPart, layers[1].GetInt32("Shortest"));
    }

    [Fact]
    public async Task MoreDistinctTextThanOneSketchHolds_SpillsIntoNewLayers_EveryTextFound()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await PipelineScope.StartAsync(azurite, ct);
        var account = scope.Get<StorageAccount>();
        var sketches = new MonthTextSketches(account);
        var random = new Random(11);
        // CJK characters: so many distinct trigrams and pairs that every row brings new ones, as real names and references do.
        string Word() => new([.. Enumerable.Range(0, 8).Select(_ => (char)(0x4E00 + random.Next(20_000)))]);
        var month = new DateOnly(2026, 7, 1);
        var rows = Enumerable.Range(0, 1500).Select(i => Classification.TransactionSamples.Make($"r{i}", TransactionKind.BankDebit, -1m, $"{Word()} {Word()}", $"{Word()} {Word()}", month)).ToList();

        await sketches.AddAsync(rows[..700], ct);
        await sketches.AddAsync(rows[700..], ct);

        var layers = (await LayersAsync(account, "2026-07", ct)).Count;

        var missing = new List<string>();
        foreach (var text in rows.SelectMany(r => new[] { r.Counterparty!, r.Description }))
        {
            if (!(await sketches.MonthsThatMayContainAsync(text, month, month, ct))!(month))
            {
                missing.Add(text);
            }
        }

        Assert.InRange(layers, 5, 9);
        Assert.Empty(missing);
    }

    /// <summary>A month's sketch layers as stored, in row-key order.</summary>
    private static async Task<List<Azure.Data.Tables.TableEntity>> LayersAsync(StorageAccount account, string month, CancellationToken ct)
    {
        var layers = new List<Azure.Data.Tables.TableEntity>();
        var filter = Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {month}");
        await foreach (var layer in account.Table(StorageNames.Tables.TextSketches).QueryAsync<Azure.Data.Tables.TableEntity>(filter, cancellationToken: ct))
        {
            layers.Add(layer);
        }

        return layers;
    }

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
