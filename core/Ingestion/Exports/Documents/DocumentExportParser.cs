using Microsoft.Extensions.Options;
using ProfitPipeline.Ingestion.Exports.Reading;
using ProfitPipeline.Ledger;

namespace ProfitPipeline.Ingestion.Exports.Documents;

/// <summary>
/// Reads an accounting export through its vendor's schema: rows grouped by document number into one transaction each.
/// A vendor's one layout carries invoices, bills, credit notes or payments, so it is registered once per format and
/// claims a file only when most of the sample's rows are of that format; each row still keeps its own kind.
/// </summary>
internal abstract class DocumentExportParser(IDocumentSchema schema, FileFormat format, IOptions<IngestionOptions> options) : IFileParser
{
    private readonly CurrencyCode _defaultCurrency = DefaultCurrency.From(options);

    public FileFormat Format => format;

    public int Detect(FileSample sample)
    {
        var table = ExportTable.FromSample(sample, columns => schema.Score(columns) > 0);
        if (table is null)
        {
            return 0;
        }

        var dominant = DocumentTypes.Dominant(table.Rows.Select(schema.TypeOf).OfType<DocumentType>(), schema.DefaultFormat(table.Columns));
        return dominant == format ? schema.Score(table.Columns) : 0;
    }

    public IEnumerable<ParsedRecord> Parse(FileContent file, ParseDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        var dates = ExportTable.ReadRows(file, IsHeader, cancellationToken).SelectMany(row => schema.DateColumns.Select(column => row[column]));
        var context = new ExportReadContext(ExportDates.ResolveOrder(dates), _defaultCurrency);
        var documents = new Dictionary<string, List<DocumentRow>>(StringComparer.Ordinal);
        var rejectedNumbers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in ExportTable.ReadRows(file, IsHeader, cancellationToken))
        {
            var reader = new ExportRowReader(row, diagnostics);
            var document = schema.Read(reader, context);
            if (reader.Failed)
            {
                if (row[schema.NumberColumn] is { } number)
                {
                    rejectedNumbers.Add(number);
                }
            }
            else if (document is not null)
            {
                AddToDocument(documents, document);
            }
        }

        context.ReportSkipped(diagnostics);
        if (documents.Count == 0 && diagnostics.Rejections.Count == 0)
        {
            throw new UnreadableFileException("The file has no document rows.");
        }

        foreach (var rows in documents.Values)
        {
            // A document missing a rejected line would have a wrong total: reject the rest of it too.
            if (rows[0].Number is { } number && rejectedNumbers.Contains(number))
            {
                foreach (var row in rows)
                {
                    diagnostics.Reject(row.Line, null, "another line of this document was rejected");
                }

                continue;
            }

            if (DocumentAssembler.Assemble(rows, diagnostics) is { } transaction)
            {
                yield return transaction;
            }
        }
    }

    private bool IsHeader(ExportColumns columns) => schema.Score(columns) > 0;

    private static void AddToDocument(Dictionary<string, List<DocumentRow>> documents, DocumentRow document)
    {
        if (!documents.TryGetValue(document.GroupKey, out var rows))
        {
            documents[document.GroupKey] = rows = [];
        }

        rows.Add(document);
    }
}
