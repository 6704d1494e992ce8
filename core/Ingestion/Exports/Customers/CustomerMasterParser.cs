using Microsoft.Extensions.Options;
using ProfitPipeline.Ingestion.Exports.Reading;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Customers;

/// <summary>
/// The customer master: an id and a name column, optional aliases (separated by ';' or '|'), and every other column a
/// segment dimension keyed by its header as written. A later row repeating an id is rejected.
/// </summary>
internal sealed class CustomerMasterParser(IOptions<IngestionOptions> options) : RowExportParser(options)
{
    private static readonly ExportColumn Id = new("Customer ID", "CustomerId", "Customer ID", "id", "Code", "Customer code", "Customer number");
    private static readonly ExportColumn Name = new("Name", "Name", "Customer name", "Customer", "Company", "Company name", "Display name");
    private static readonly ExportColumn Aliases = new("Aliases", "Aliases", "Alias", "Also known as");

    // A table with an amount or a date is a ledger of some kind, not a list of customers.
    private static readonly string[] LedgerWords = ["amount", "total", "gross", "net", "date", "created", "timestamp", "balance"];

    private static readonly char[] AliasSeparators = [';', '|'];

    public override FileFormat Format => FileFormat.CustomerMaster;

    protected override int Score(ExportColumns columns)
    {
        if (!columns.HasAll(Id, Name) || columns.Headers.Any(h => LedgerWords.Any(w => ExportColumns.Normalize(h).Contains(w, StringComparison.Ordinal))))
        {
            return 0;
        }

        return columns.Headers.Any(h => ExportColumns.Normalize(h).StartsWith("customer", StringComparison.Ordinal)) ? 90 : 80;
    }

    protected override IEnumerable<ParsedRecord> Read(ExportRowReader reader, ExportReadContext context)
    {
        var row = reader.Row;
        var id = reader.RequiredText(Id);
        var name = reader.RequiredText(Name);
        if (reader.Failed)
        {
            yield break;
        }

        if (!context.TryClaim(id, row.Line, out var firstLine))
        {
            reader.Reject(Id, $"duplicate customer id: first given on line {firstLine}");
            yield break;
        }

        yield return new CustomerRecord
        {
            Line = row.Line,
            Id = new CustomerId(id),
            Name = name,
            Aliases = [.. (row[Aliases] ?? string.Empty).Split(AliasSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            Dimensions = Dimensions(row),
        };
    }

    private static Dictionary<string, string> Dimensions(ExportRow row)
    {
        var known = new[] { row.Columns.IndexOf(Id), row.Columns.IndexOf(Name), row.Columns.IndexOf(Aliases) };
        var dimensions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < row.Columns.Count; i++)
        {
            var key = row.Columns.Headers[i].Trim();
            if (!known.Contains(i) && key.Length > 0 && i < row.Record.Fields.Count && row.Record.Fields[i] is { Length: > 0 } value)
            {
                dimensions.TryAdd(key, value);
            }
        }

        return dimensions;
    }
}
