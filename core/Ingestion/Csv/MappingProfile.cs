namespace ProfitPipeline.Ingestion.Csv;

/// <summary>
/// How to read one bank's CSV when sniffing cannot (or should not) decide: the columns, the date format, the decimal
/// separator, and whether amounts have the card-statement sign. Serialisable with System.Text.Json so users and the
/// lead's Table Storage source can keep their own. Anything left null is sniffed.
/// </summary>
internal sealed record MappingProfile
{
    public required string Name { get; init; }

    /// <summary>Header names that must all be present for the profile to apply by itself; empty: only when chosen explicitly.</summary>
    public IReadOnlyList<string> HeaderSignature { get; init; } = [];

    public ColumnRef? Date { get; init; }

    public ColumnRef? ValueDate { get; init; }

    public ColumnRef? Amount { get; init; }

    public ColumnRef? Debit { get; init; }

    public ColumnRef? Credit { get; init; }

    /// <summary>Columns joined, in order, into the description.</summary>
    public IReadOnlyList<ColumnRef> Description { get; init; } = [];

    public ColumnRef? Counterparty { get; init; }

    public ColumnRef? Iban { get; init; }

    public ColumnRef? Id { get; init; }

    public ColumnRef? Currency { get; init; }

    public ColumnRef? Account { get; init; }

    /// <summary>A pattern of <see cref="DateFormat.AllowList"/>, such as "MM/dd/yyyy".</summary>
    public string? DateFormat { get; init; }

    /// <summary>'.' or ','.</summary>
    public char? DecimalSeparator { get; init; }

    public char? Delimiter { get; init; }

    /// <summary>Lines before the header (or before the first row of a file without header).</summary>
    public int? SkipLines { get; init; }

    /// <summary>False for files without a header row; columns are then given by index.</summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>Card exports that show purchases as positive and payments as negative.</summary>
    public bool InvertSign { get; init; }

    /// <summary>ISO 4217 currency of the file's amounts when no column or symbol says.</summary>
    public string? DefaultCurrency { get; init; }

    /// <summary>Whether the normalised header contains every name of the signature.</summary>
    public bool Matches(IReadOnlyList<string> normalizedHeader) =>
        HeaderSignature.Count > 0 && HeaderSignature.All(name => normalizedHeader.Contains(HeaderText.Normalize(name), StringComparer.Ordinal));
}
