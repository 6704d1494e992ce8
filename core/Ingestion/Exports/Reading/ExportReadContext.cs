using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Reading;

/// <summary>What a schema needs while reading one file: its date order, default currency and rows left unbooked.</summary>
internal sealed class ExportReadContext(DateOrder? dateOrder, CurrencyCode defaultCurrency)
{
    private readonly SortedDictionary<string, int> _skipped = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _claimed = new(StringComparer.OrdinalIgnoreCase);

    public DateOrder? DateOrder { get; } = dateOrder;

    public CurrencyCode DefaultCurrency { get; } = defaultCurrency;

    /// <summary>The heading of the group the rows are under, in grouped reports (QuickBooks "Sales by Customer Detail").</summary>
    public string? Group { get; set; }

    /// <summary>Claims a key (a customer id) for a line; false, with the claiming line, when an earlier row has it.</summary>
    public bool TryClaim(string key, int line, out int firstLine)
    {
        if (_claimed.TryGetValue(key, out firstLine))
        {
            return false;
        }

        _claimed[key] = firstLine = line;
        return true;
    }

    /// <summary>Counts a row of a kind this parser does not book (a QuickBooks cheque, a PayPal withdrawal).</summary>
    public void Skip(string what) => _skipped[what] = _skipped.GetValueOrDefault(what) + 1;

    public void ReportSkipped(ParseDiagnostics diagnostics)
    {
        foreach (var (what, count) in _skipped)
        {
            diagnostics.Notice($"{count} row(s) of type '{what}' were not booked: see docs/import-formats.md for what each export books.");
        }
    }
}
