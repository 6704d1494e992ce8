using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Documents;

/// <summary>
/// One row of an accounting export, read but not yet signed: a whole document, or one line of one. Document-level values
/// (Total, Net, Tax) repeat on every line of a document; line values (LineAmount, LineTax) add up.
/// </summary>
internal sealed record DocumentRow
{
    public required int Line { get; init; }

    public required DocumentType Type { get; init; }

    public string? Number { get; init; }

    public string? Counterparty { get; init; }

    public string? CustomerReference { get; init; }

    public required DateOnly IssueDate { get; init; }

    public DateOnly? DueDate { get; init; }

    public required CurrencyCode Currency { get; init; }

    public decimal? Total { get; init; }

    public decimal? Net { get; init; }

    public decimal? Tax { get; init; }

    public decimal? LineAmount { get; init; }

    public decimal? LineTax { get; init; }

    public string? Description { get; init; }

    public string? Category { get; init; }

    public string? Project { get; init; }

    public string? Segment { get; init; }

    public string? Status { get; init; }

    /// <summary>Credit note: the invoice it credits. Payment: the invoice it pays.</summary>
    public string? RelatedInvoice { get; init; }

    /// <summary>Rows with the same key are lines of one document: same kind of document, party and number.</summary>
    public string GroupKey => Number is null
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line:{Line}")
        : $"{Type.Format()}|{Counterparty?.ToUpperInvariant()}|{Number.ToUpperInvariant()}";
}
