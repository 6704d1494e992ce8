using ProfitPipeline.Ingestion.Exports.Reading;

namespace ProfitPipeline.Ingestion.Exports.Documents;

/// <summary>
/// ProfitPipeline's own document schema (docs/import-formats.md, "Generic documents"): one row per document, snake_case
/// headers, yyyy-MM-dd dates, kind one of invoice, credit_note, bill, supplier_credit, payment.
/// </summary>
internal sealed class GenericDocumentSchema : IDocumentSchema
{
    private static readonly ExportColumn Kind = new("kind", "kind");
    private static readonly ExportColumn Number = new("number", "number");
    private static readonly ExportColumn CustomerId = new("customer_id", "customer_id");
    private static readonly ExportColumn CustomerName = new("customer_name", "customer_name");
    private static readonly ExportColumn Supplier = new("supplier", "supplier");
    private static readonly ExportColumn IssueDate = new("issue_date", "issue_date");
    private static readonly ExportColumn DueDate = new("due_date", "due_date");
    private static readonly ExportColumn Net = new("net", "net");
    private static readonly ExportColumn Tax = new("tax", "tax");
    private static readonly ExportColumn Total = new("total", "total");
    private static readonly ExportColumn Currency = new("currency", "currency");
    private static readonly ExportColumn Status = new("status", "status");
    private static readonly ExportColumn Project = new("project", "project");
    private static readonly ExportColumn Segment = new("segment", "segment");
    private static readonly ExportColumn Description = new("description", "description");
    private static readonly ExportColumn Category = new("category", "category");
    private static readonly ExportColumn InvoiceNumber = new("invoice_number", "invoice_number");

    public static readonly GenericDocumentSchema Instance = new();

    public ExportColumn NumberColumn => Number;

    // Dates are ISO only: there is no order to decide.
    public IReadOnlyList<ExportColumn> DateColumns => [];

    public int Score(ExportColumns columns) =>
        columns.HasAll(Kind, Number, IssueDate) && columns.CountOf(Total, Net) > 0 && columns.CountOf(CustomerId, CustomerName, Supplier) > 0
            ? 95
            : 0;

    public DocumentType? TypeOf(ExportRow row) => ParseKind(row[Kind]);

    public FileFormat DefaultFormat(ExportColumns columns) => FileFormat.InvoiceExport;

    public DocumentRow? Read(ExportRowReader reader, ExportReadContext context)
    {
        var row = reader.Row;
        var type = ParseKind(row[Kind]);
        if (type is null)
        {
            reader.Reject(Kind, "kind is not invoice, credit_note, bill, supplier_credit or payment");
        }

        var issued = reader.IsoDate(IssueDate);
        if (issued is null)
        {
            reader.Reject(IssueDate, "issue_date is empty");
        }

        var due = reader.IsoDate(DueDate);
        var net = reader.Amount(Net);
        var tax = reader.Amount(Tax);
        var total = reader.Amount(Total) ?? (net is { } n ? n + (tax ?? 0m) : null);
        if (total is null)
        {
            reader.Reject(Total, "total and net are both empty");
        }

        var currency = reader.Currency(Currency, context.DefaultCurrency);
        if (reader.Failed || type is not { } documentType)
        {
            return null;
        }

        var bill = documentType is DocumentType.Bill or DocumentType.SupplierCredit;
        var customer = row[CustomerId] ?? row[CustomerName];
        return new DocumentRow
        {
            Line = row.Line,
            Type = documentType,
            Number = row[Number],
            Counterparty = bill ? row[Supplier] : row[CustomerName] ?? row[CustomerId],
            CustomerReference = customer,
            IssueDate = issued!.Value,
            DueDate = due,
            Currency = currency,
            Total = total,
            Net = net,
            Tax = tax,
            Description = row[Description],
            Category = row[Category],
            Project = row[Project],
            Segment = row[Segment],
            Status = row[Status],
            RelatedInvoice = row[InvoiceNumber],
        };
    }

    private static DocumentType? ParseKind(string? text) => ExportColumns.Normalize(text ?? string.Empty) switch
    {
        "invoice" => DocumentType.Invoice,
        "creditnote" => DocumentType.CreditNote,
        "bill" => DocumentType.Bill,
        "suppliercredit" => DocumentType.SupplierCredit,
        "payment" => DocumentType.Payment,
        _ => null,
    };
}
