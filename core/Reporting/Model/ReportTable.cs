namespace ProfitPipeline.Reporting.Model;

/// <summary>
/// A table of typed columns. Rows hold one value per column, in column order. <see cref="KeyColumn"/> names the column whose
/// value identifies the row; with <see cref="LinkTemplate"/> (a relative path containing <c>{key}</c>) HTML links each row.
/// </summary>
internal sealed record ReportTable : ReportSection
{
    public ReportTable(string id, string title, IReadOnlyList<ReportColumn> columns, IReadOnlyList<IReadOnlyList<ReportValue>> rows)
        : base(id, title)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (!keys.Add(column.Key))
            {
                throw new ArgumentException($"Column key '{column.Key}' appears twice.", nameof(columns));
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Count != columns.Count)
            {
                throw new ArgumentException($"Row {i} has {rows[i].Count} values for {columns.Count} columns.", nameof(rows));
            }
        }

        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<ReportColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<ReportValue>> Rows { get; }

    public TableSort? DefaultSort { get; init; }

    public string? KeyColumn { get; init; }

    public string? LinkTemplate
    {
        get;
        init => field = value is null || (value.Contains("{key}", StringComparison.Ordinal) && !value.Contains(':', StringComparison.Ordinal) && !value.StartsWith("//", StringComparison.Ordinal))
            ? value
            : throw new ArgumentException("A link template is a relative path containing {key}.", nameof(value));
    }

    public int IndexOf(string columnKey)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Key, columnKey, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The rows in the requested order (stable), or as given when the sort names no column of this table.</summary>
    public ReportTable SortedBy(TableSort? sort)
    {
        var index = sort is null ? -1 : IndexOf(sort.ColumnKey);
        if (index < 0)
        {
            return this;
        }

        var ordered = sort!.Direction == SortDirection.Ascending
            ? Rows.OrderBy(r => r[index], Comparer<ReportValue>.Create(ReportValue.Compare))
            : Rows.OrderByDescending(r => r[index], Comparer<ReportValue>.Create(ReportValue.Compare));
        return new ReportTable(Id, Title, Columns, ordered.ToList())
        {
            Description = Description,
            DefaultSort = sort,
            KeyColumn = KeyColumn,
            LinkTemplate = LinkTemplate,
        };
    }
}
