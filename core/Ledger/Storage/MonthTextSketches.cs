using Azure;
using Azure.Data.Tables;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>
/// Per booking month, <see cref="TextSketch"/>es of the counterparties and descriptions stored in it, so that a text search
/// reads only the months that may hold a match (Table Storage cannot match "contains, ignoring case" itself). A month's sketches
/// are layers in its partition of their own table: a row's texts all go into one layer, and a new layer starts when the last is
/// full, so a month may hold a match when any one layer may. They only grow: a sketch that says yes for a row no longer there
/// costs a read, never a missed row. A month without a sketch (rows stored before sketches existed) is read, and so is a month
/// with a layer written before pairs (or single characters) were added when the text is that short; such a layer takes no more
/// texts, so the month's later rows go into layers that hold them.
/// </summary>
internal sealed class MonthTextSketches(StorageAccount account)
{
    private const string BitsProperty = "Bits";

    /// <summary>Set on layers that hold pairs of characters; absent on the ones written before. Still written, for readers that know only it.</summary>
    private const string PairsProperty = "Pairs";

    /// <summary>The shortest parts a layer holds (<see cref="TextSketch.ShortestHeld"/>); absent on layers written before single characters.</summary>
    private const string ShortestProperty = "Shortest";

    /// <summary>Writers of the same month retry on each other's changes; more than this many in a row is not contention but a fault.</summary>
    private const int MaximumAttempts = 20;

    /// <summary>Months whose sketches are brought up to date at once: each is a read and a write of its own partition.</summary>
    private const int MonthsAtOnce = 4;

    private TableClient Table => account.Table(StorageNames.Tables.TextSketches);

    private TableClient Transactions => account.Table(StorageNames.Tables.Transactions);

    /// <summary>
    /// Adds the texts of <paramref name="rows"/> to their months' sketches; called before the rows are written, so a sketch never
    /// misses a stored row. A month's first sketch also takes the rows it already holds.
    /// </summary>
    public async Task AddAsync(IEnumerable<LedgerTransaction> rows, CancellationToken cancellationToken)
    {
        var months = rows.GroupBy(t => TransactionEntityMapper.PartitionFor(t.BookingDate), StringComparer.Ordinal).ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = MonthsAtOnce, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(months, options, async (month, ct) =>
            await AddToMonthAsync(month.Key, [.. month.Select(t => (t.Counterparty, (string?)t.Description))], ct));
    }

    /// <summary>
    /// Whether the month may hold a row whose counterparty or description contains <paramref name="text"/>, for the months from
    /// <paramref name="from"/> to <paramref name="to"/>; null when a sketch cannot judge the text (see <see cref="TextSketch.CanJudge"/>).
    /// </summary>
    public async Task<Func<DateOnly, bool>?> MonthsThatMayContainAsync(string text, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (!TextSketch.CanJudge(text))
        {
            return null;
        }

        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {TransactionEntityMapper.PartitionFor(from)} and PartitionKey le {TransactionEntityMapper.PartitionFor(to)}");
        var sketched = new Dictionary<string, bool>(StringComparer.Ordinal);
        await foreach (var layer in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            sketched[layer.PartitionKey] = sketched.GetValueOrDefault(layer.PartitionKey) || Read(layer).MayContain(text);
        }

        return month => sketched.GetValueOrDefault(TransactionEntityMapper.PartitionFor(month), true);
    }

    private async Task AddToMonthAsync(string month, IReadOnlyList<(string? Counterparty, string? Description)> texts, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var layers = await ReadLayersAsync(month, cancellationToken);
            var seed = layers.Count == 0 ? await StoredTextsAsync(month, cancellationToken) : [];
            var actions = Merge(month, layers, [.. seed, .. texts]);
            try
            {
                // At most one action per layer: 100 actions (a transaction's limit) hold 1.5 million distinct trigrams.
                foreach (var chunk in actions.Chunk(TableBatches.MaxBatchSize))
                {
                    await Table.SubmitTransactionAsync(chunk, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaximumAttempts)
            {
                // Another import changed this month's sketches since they were read: read them again and add to those.
            }
        }
    }

    /// <summary>The writes that add <paramref name="texts"/>: the last layer updated if its bits changed, and any new layers.</summary>
    private static List<TableTransactionAction> Merge(string month, List<(TableEntity Entity, TextSketch Sketch)> layers, IEnumerable<(string? Counterparty, string? Description)> texts)
    {
        (TableEntity Entity, TextSketch Sketch)? last = layers.Count == 0 ? null : layers[^1];
        var current = last is { Sketch.ShortestHeld: TextSketch.ShortestPart } ? last.Value.Sketch : new TextSketch();
        var fillBefore = last?.Sketch.Fill;
        var added = new List<TextSketch>();
        if (!ReferenceEquals(current, last?.Sketch))
        {
            added.Add(current);
        }

        foreach (var (counterparty, description) in texts)
        {
            if (current.IsFull)
            {
                current = new TextSketch();
                added.Add(current);
            }

            current.Add(counterparty);
            current.Add(description);
        }

        var actions = new List<TableTransactionAction>();
        // Bits are only ever set, so the last layer changed exactly when more of them are set.
        if (last is { } existing && existing.Sketch.Fill > fillBefore)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, Entity(month, existing.Entity.RowKey, existing.Sketch), existing.Entity.ETag));
        }

        var next = layers.Count;
        actions.AddRange(added.Select(sketch => new TableTransactionAction(TableTransactionActionType.Add, Entity(month, LayerKey(next++), sketch))));
        return actions;
    }

    private async Task<List<(TableEntity Entity, TextSketch Sketch)>> ReadLayersAsync(string month, CancellationToken cancellationToken)
    {
        var layers = new List<(TableEntity, TextSketch)>();
        await foreach (var layer in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {month}"), cancellationToken: cancellationToken))
        {
            layers.Add((layer, Read(layer)));
        }

        return layers;
    }

    private async Task<List<(string?, string?)>> StoredTextsAsync(string month, CancellationToken cancellationToken)
    {
        var texts = new List<(string?, string?)>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {month}");
        await foreach (var row in Transactions.QueryAsync<TableEntity>(filter, select: ["Counterparty", "Description"], cancellationToken: cancellationToken))
        {
            texts.Add((row.GetString("Counterparty"), row.GetString("Description")));
        }

        return texts;
    }

    private static TextSketch Read(TableEntity layer) => TextSketch.FromBytes(
        layer.GetBinary(BitsProperty) ?? throw new InvalidDataException($"Text sketch {layer.PartitionKey}/{layer.RowKey} has no bits."),
        layer.GetInt32(ShortestProperty) ?? (layer.GetBoolean(PairsProperty) == true ? TextSketch.PairsAndTrigrams : TextSketch.TrigramsOnly));

    private static TableEntity Entity(string month, string layer, TextSketch sketch) =>
        new(month, layer) { [BitsProperty] = sketch.ToBytes(), [PairsProperty] = sketch.ShortestHeld <= TextSketch.PairsAndTrigrams, [ShortestProperty] = sketch.ShortestHeld };

    // Row keys sort as numbers, so the last layer read is the newest.
    private static string LayerKey(int layer) => layer.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
}
