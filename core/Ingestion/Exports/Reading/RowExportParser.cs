using Microsoft.Extensions.Options;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Reading;

/// <summary>
/// A parser whose rows stand alone (expenses, processor reports, the customer master): recognised by its header, dates
/// ordered once per file, each row read into zero, one or more records.
/// </summary>
internal abstract class RowExportParser(IOptions<IngestionOptions> options) : IFileParser
{
    private readonly CurrencyCode _defaultCurrency = DefaultCurrency.From(options);

    public abstract FileFormat Format { get; }

    /// <summary>Columns holding numeric dates whose order is decided once per file.</summary>
    protected virtual IReadOnlyList<ExportColumn> DateColumns => [];

    /// <summary>80-100 when the header is this export's, else 0.</summary>
    protected abstract int Score(ExportColumns columns);

    /// <summary>Reads one row; bad values reject it through <paramref name="reader"/>, unbooked rows are told to the context.</summary>
    protected abstract IEnumerable<ParsedRecord> Read(ExportRowReader reader, ExportReadContext context);

    public int Detect(FileSample sample) => ExportTable.FromSample(sample, IsHeader) is { } table ? Score(table.Columns) : 0;

    public IEnumerable<ParsedRecord> Parse(FileContent file, ParseDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        var order = DateColumns.Count == 0
            ? null
            : ExportDates.ResolveOrder(ExportTable.ReadRows(file, IsHeader, cancellationToken).SelectMany(row => DateColumns.Select(column => row[column])));
        var context = new ExportReadContext(order, _defaultCurrency);
        foreach (var row in ExportTable.ReadRows(file, IsHeader, cancellationToken))
        {
            var reader = new ExportRowReader(row, diagnostics);

            // Materialised first, so that a row rejected halfway yields nothing.
            var records = Read(reader, context).ToList();
            if (!reader.Failed)
            {
                foreach (var record in records)
                {
                    yield return record;
                }
            }
        }

        context.ReportSkipped(diagnostics);
    }

    private bool IsHeader(ExportColumns columns) => Score(columns) > 0;
}
