using Azure.Data.Tables;

namespace ProfitPipeline.Ledger.Storage;

/// <summary>The ledger's transactions in Table Storage, partitioned by booking month.</summary>
internal sealed class TransactionStore(StorageAccount account)
{
    /// <summary>How many month partitions <see cref="ReadBookedAsync"/> reads at once.</summary>
    private const int MonthsReadAtOnce = 4;

    /// <summary>Azure Table Storage takes at most 15 comparisons in one filter.</summary>
    private const int IdsPerQuery = 15;

    private readonly MonthTextSketches _sketches = new(account);

    private TableClient Table => account.Table(StorageNames.Tables.Transactions);

    /// <summary>Which of <paramref name="candidates"/> are stored already, and by which import.</summary>
    public async Task<IReadOnlyDictionary<TransactionId, ImportId>> FindExistingAsync(IEnumerable<LedgerTransaction> candidates, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<TransactionId, ImportId>();
        foreach (var month in candidates.GroupBy(t => TransactionEntityMapper.PartitionFor(t.BookingDate), StringComparer.Ordinal))
        {
            var wanted = month.Select(t => t.Id.Value).ToHashSet(StringComparer.Ordinal);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {month.Key}");
            await foreach (var entity in Table.QueryAsync<TableEntity>(filter, select: ["RowKey", "ImportId"], cancellationToken: cancellationToken))
            {
                if (wanted.Contains(entity.RowKey))
                {
                    existing[new TransactionId(entity.RowKey)] = ImportId.Parse(entity.RequiredString("ImportId"));
                }
            }
        }

        return existing;
    }

    /// <summary>Writes the rows, after adding their texts to their months' sketches so that a text search never skips a stored row.</summary>
    public async Task<int> UpsertAsync(IReadOnlyCollection<LedgerTransaction> transactions, CancellationToken cancellationToken)
    {
        await _sketches.AddAsync(transactions, cancellationToken);
        return await TableBatches.UpsertAsync(Table, transactions.Select(TransactionEntityMapper.ToEntity), cancellationToken);
    }

    /// <summary>Replaces only the tags of stored transactions (merge), in entity-group batches.</summary>
    public Task<int> UpdateTagsAsync(IEnumerable<LedgerTransaction> tagged, CancellationToken cancellationToken) =>
        TableBatches.MergeAsync(
            Table,
            tagged.Select(t =>
            {
                var entity = new TableEntity(TransactionEntityMapper.PartitionFor(t.BookingDate), t.Id.Value);
                TransactionEntityMapper.SetTags(entity, t.Tags);
                return entity;
            }),
            cancellationToken);

    /// <summary>Every transaction of the given (complete) imports; later stages never read an unfinished import.</summary>
    public Task<IReadOnlyList<LedgerTransaction>> ReadAsync(IReadOnlySet<ImportId> completeImports, CancellationToken cancellationToken) =>
        QueryAsync(completeImports, filter: null, cancellationToken);

    /// <summary>
    /// What tagging new rows needs from the stored ledger, without reading all of it: invoices and bills (a payment quoting
    /// one's number is for its customer and of its category) and the rows a person assigned to a customer (their payer
    /// accounts point to that customer).
    /// </summary>
    public Task<IReadOnlyList<LedgerTransaction>> ReadTaggingEvidenceAsync(IReadOnlySet<ImportId> completeImports, CancellationToken cancellationToken) =>
        QueryAsync(
            completeImports,
            $"Kind eq '{nameof(TransactionKind.Invoice)}' or Kind eq '{nameof(TransactionKind.Bill)}' or {TransactionEntityMapper.CustomerSourceProperty} eq '{nameof(TagSource.Human)}'",
            cancellationToken);

    /// <summary>
    /// The transactions booked in the months from <paramref name="from"/> to <paramref name="to"/> (either open), of
    /// <paramref name="kind"/> when set: the table reads only those month partitions and rows, not the whole ledger. Rows of
    /// the edge months outside the dates are the caller's to drop. When both ends are set, each month is its own query and
    /// <see cref="MonthsReadAtOnce"/> run at once: a partition is what the table serves in parallel (Azure's target is 2,000
    /// entities a second per partition), so a search over years does not read them one after the other. Then, with
    /// <paramref name="text"/>, a month whose sketches say no row contains it is not read at all (its rows would all be dropped).
    /// </summary>
    public async Task<IReadOnlyList<LedgerTransaction>> ReadBookedAsync(
        IReadOnlySet<ImportId> completeImports, DateOnly? from, DateOnly? to, TransactionKind? kind, string? text, CancellationToken cancellationToken)
    {
        if (from is not { } first || to is not { } last)
        {
            return await QueryAsync(completeImports, BookedFilter(from, to, kind), cancellationToken);
        }

        var mayContain = string.IsNullOrWhiteSpace(text) ? null : await _sketches.MonthsThatMayContainAsync(text.Trim(), first, last, cancellationToken);
        var months = new List<DateOnly>();
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
        {
            if (mayContain?.Invoke(month) != false)
            {
                months.Add(month);
            }
        }

        var read = new IReadOnlyList<LedgerTransaction>[months.Count];
        await Parallel.ForAsync(
            0,
            months.Count,
            new ParallelOptions { MaxDegreeOfParallelism = MonthsReadAtOnce, CancellationToken = cancellationToken },
            async (i, token) => read[i] = await QueryAsync(completeImports, MonthFilter(months[i], kind), token));
        return [.. read.SelectMany(rows => rows)];
    }

    private static string MonthFilter(DateOnly month, TransactionKind? kind) =>
        Both(TableClient.CreateQueryFilter($"PartitionKey eq {TransactionEntityMapper.PartitionFor(month)}"), KindFilter(kind))!;

    private static string? BookedFilter(DateOnly? from, DateOnly? to, TransactionKind? kind) =>
        Both(
            Both(
                from is { } first ? TableClient.CreateQueryFilter($"PartitionKey ge {TransactionEntityMapper.PartitionFor(first)}") : null,
                to is { } last ? TableClient.CreateQueryFilter($"PartitionKey le {TransactionEntityMapper.PartitionFor(last)}") : null),
            KindFilter(kind));

    private static string? KindFilter(TransactionKind? kind) =>
        kind is { } wanted ? TableClient.CreateQueryFilter($"Kind eq {wanted.ToString()}") : null;

    private static string? Both(string? a, string? b) => a is null ? b : b is null ? a : $"{a} and {b}";

    /// <summary>
    /// The first day of the earliest booking month in the table (of any import), or null when it holds no transaction: the
    /// table lists partitions in ascending order, so one row answers.
    /// </summary>
    public async Task<DateOnly?> FirstBookedMonthAsync(CancellationToken cancellationToken)
    {
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter: (string?)null, maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            return TransactionEntityMapper.MonthOf(entity.PartitionKey);
        }

        return null;
    }

    /// <summary>
    /// The transactions of the given (complete) imports with these ids, wherever they are booked: one query per
    /// <see cref="IdsPerQuery"/> ids, each id a row key the table matches on its side, so a few corrections do not read the ledger.
    /// </summary>
    public async Task<IReadOnlyList<LedgerTransaction>> FindAsync(IReadOnlySet<ImportId> completeImports, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var found = new List<LedgerTransaction>();
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(IdsPerQuery))
        {
            var filter = string.Join(" or ", chunk.Select(id => TableClient.CreateQueryFilter($"RowKey eq {id}")));
            found.AddRange(await QueryAsync(completeImports, filter, cancellationToken));
        }

        return found;
    }

    /// <summary>The rows with a tag below its acceptance threshold; filtered by the table, not after reading the ledger.</summary>
    public Task<IReadOnlyList<LedgerTransaction>> ReadNeedingReviewAsync(IReadOnlySet<ImportId> completeImports, CancellationToken cancellationToken) =>
        QueryAsync(completeImports, "NeedsReview eq true", cancellationToken);

    private async Task<IReadOnlyList<LedgerTransaction>> QueryAsync(IReadOnlySet<ImportId> completeImports, string? filter, CancellationToken cancellationToken)
    {
        var result = new List<LedgerTransaction>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (entity.GetString("ImportId") is { } importId && completeImports.Contains(ImportId.Parse(importId)))
            {
                result.Add(TransactionEntityMapper.FromEntity(entity));
            }
        }

        return result;
    }
}
